import { defaultLocale, isLocale, LOCALE_COOKIE } from './locales';

/**
 * Where proxy.ts sends a page request inside the app: under its language (app/[locale]/…),
 * the user's choice kept in a cookie, so the addresses people see and share carry none. An
 * address already in a language (`/en/…`) and the API routes the proxy sees stay as they are.
 */
export function localizedPath(
  pathname: string,
  cookies: { get(name: string): { value: string } | undefined },
): string | null {
  if (/^\/(?:fr|en)(?:\/|$)/.test(pathname) || pathname.startsWith('/api/')) return null;
  const chosen = cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  return `/${locale}${pathname === '/' ? '' : pathname}`;
}

/** The address without its language, if it has one: `/en/sandbox` is `/sandbox`. */
export function withoutLocale(pathname: string): string {
  return pathname.replace(/^\/(?:fr|en)(?=\/|$)/, '') || '/';
}
