export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
/** Where the user's language choice is remembered (a year, first-party, readable by the server). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language a value names (a cookie, an address's segment), French for anything else. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** An address's leading language segment (`/en`, `/fr/…`). */
export const LOCALE_PREFIX = new RegExp(`^/(?:${locales.join('|')})(?=/|$)`);
