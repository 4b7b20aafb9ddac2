import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from './locale-switcher';
import { Logo } from './logo';

export async function SiteHeader() {
  const t = await getTranslations('Common');
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-content items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-2.5 rounded-md">
          <Logo className="h-9 w-9 shrink-0" />
          <span className="flex flex-col leading-tight">
            <span className="text-base font-bold tracking-wide sm:text-lg">{t('insurer')}</span>
            <span className="text-sm text-brand-100">{t('service')}</span>
          </span>
        </Link>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
