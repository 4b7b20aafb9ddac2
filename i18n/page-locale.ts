import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './locales';

export type LocaleParams = { params: Promise<{ locale: string }> };

/**
 * The language of the page being rendered, from its `[locale]` segment, made the language of
 * every translation under it: next-intl needs it set in each layout and page that may be
 * prerendered, since Next renders them independently.
 */
export async function pageLocale(params: LocaleParams['params']): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
