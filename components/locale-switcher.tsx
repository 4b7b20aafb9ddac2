import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/app/actions/set-locale';
import { locales } from '@/i18n/locales';
import { cn } from '@/components/ui/cn';

/**
 * Two submit buttons in a plain form: works without JavaScript, and remembers the choice. The
 * current language is told by more than its colours, which forced colours take away: it is
 * underlined and framed, and `aria-pressed` says it to screen readers.
 */
export async function LocaleSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations('LocaleSwitcher')]);
  return (
    <form action={setLocaleAction} className="no-print ml-auto">
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
                'min-h-11 min-w-11 rounded-md text-sm font-semibold uppercase',
                active
                  ? 'border-2 border-white bg-white px-2 text-brand-800 underline decoration-2 underline-offset-4'
                  : 'px-2.5 text-white hover:bg-brand-600',
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
