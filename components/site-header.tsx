import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from './locale-switcher';
import { Logo } from './logo';

/**
 * The dark bar: it wraps rather than overflows when the text is enlarged, so the language
 * switch stays on the bar, and its focus ring is gold, 5.3:1 on brand-800 (the page's blue ring
 * would be 1.7:1 here; WCAG 1.4.11 / 2.4.13).
 */
export async function SiteHeader() {
  const t = await getTranslations('Common');
  return (
    <header className="bg-brand-800 text-white [&_:focus-visible]:outline-gold-400">
      <div className="mx-auto flex max-w-content flex-wrap items-center justify-between gap-x-2 gap-y-1 px-4 py-3">
        <Link href="/" className="flex min-h-11 min-w-0 items-center gap-2.5 rounded-md">
          <Logo className="h-9 w-9 shrink-0" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="text-base font-bold tracking-wide sm:text-lg">{t('insurer')}</span>
            <span className="text-sm text-brand-100">{t('service')}</span>
          </span>
        </Link>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
