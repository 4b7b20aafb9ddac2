import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/app/actions/set-locale';
import { locales } from '@/i18n/locales';
import { cn } from '@/components/ui/cn';

/** Two submit buttons in a plain form: works without JavaScript, and remembers the choice. */
export async function LocaleSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations('LocaleSwitcher')]);
  return (
    <form action={setLocale} className="no-print">
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{t('label')}</legend>
        {locales.map((locale) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={active}
              className={cn(
                'min-h-11 min-w-11 rounded-md px-2 text-sm font-semibold uppercase',
                active ? 'bg-white text-brand-800' : 'text-white hover:bg-brand-600',
              )}
            >
              <span aria-hidden="true">{locale}</span>
              <span className="sr-only">
                {t(locale)}
                {active ? ` (${t('current')})` : ''}
              </span>
            </button>
          );
        })}
      </fieldset>
    </form>
  );
}
