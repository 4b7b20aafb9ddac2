import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SandboxBanner() {
  const t = await getTranslations('SandboxShell');
  return (
    <section
      aria-label={t('label')}
      className="border-b border-amber-300 bg-amber-50 text-amber-950"
    >
      <div className="mx-auto flex max-w-content flex-wrap items-center justify-between gap-2 px-4 py-2">
        <p className="text-sm font-semibold">{t('banner')}</p>
        <nav aria-label={t('nav')}>
          <ul className="flex flex-wrap gap-1 text-sm">
            {[
              ['/sandbox', t('control')],
              ['/sandbox/enov', t('portal')],
              ['/', t('app')],
            ].map(([href, label]) => (
              <li key={href}>
                <Link
                  href={href!}
                  className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold underline underline-offset-4 hover:bg-amber-100"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </section>
  );
}
