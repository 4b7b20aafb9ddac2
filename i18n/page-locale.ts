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

/**
 * `generateStaticParams` of a prerendered page (lib/http/prerendered.ts): no language is
 * rendered at build time, when the configuration it shows (the insurer's contact) is not
 * there; Next renders each on its first request and keeps it.
 */
export function prerenderedOnFirstRequest(): Array<{ locale: string }> {
  return [];
}
