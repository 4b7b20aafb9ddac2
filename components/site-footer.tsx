import { getTranslations } from 'next-intl/server';
import { ShieldIcon } from '@/components/ui/icons';
import { getConfig } from '@/lib/config';
import { telHref } from '@/lib/contact/phone-number';

export async function SiteFooter() {
  const t = await getTranslations('Footer');
  const { phone } = getConfig().insurerContact;
  return (
    <footer className="no-print mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-content flex-col gap-2 px-4 py-6 text-sm text-slate-700">
        <p className="flex items-center gap-2">
          <ShieldIcon className="text-brand-700" />
          {t('secure')}
        </p>
        <p>
          {t.rich('help', {
            number: phone.display,
            phone: (chunks) => (
              <a
                href={telHref(phone)}
                className="font-semibold whitespace-nowrap text-brand-700 underline"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
        <p className="text-slate-600">{t('rights', { year: new Date().getUTCFullYear() })}</p>
      </div>
    </footer>
  );
}
