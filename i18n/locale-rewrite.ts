import { LOCALE_COOKIE, LOCALE_PREFIX, localeOr } from './locales';

/**
 * Where proxy.ts sends a page request inside the app: under its language (app/[locale]/…),
 * the user's choice kept in a cookie, so the addresses people see and share carry none. An
 * address already in a language (`/en/…`) and the API routes the proxy sees stay as they are.
 */
export function localizedPath(
  pathname: string,
  cookies: { get(name: string): { value: string } | undefined },
): string | null {
  if (LOCALE_PREFIX.test(pathname) || pathname.startsWith('/api/')) return null;
  const locale = localeOr(cookies.get(LOCALE_COOKIE)?.value);
  return `/${locale}${pathname === '/' ? '' : pathname}`;
}

/** The address without its language, if it has one: `/en/sandbox` is `/sandbox`. */
export function withoutLocale(pathname: string): string {
  return pathname.replace(LOCALE_PREFIX, '') || '/';
}

/**
 * The page a form was sent from, to ask for it again: its Referer on our own host, path and
 * query only, without a language in the address (the cookie just chosen must decide it); the
 * home page when the browser does not say, or names another site.
 */
export function pageOfReferer(referer: string | null, host: string | null): string {
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    // "//elsewhere" would be read as another site's address.
    if (url.host !== host || url.pathname.startsWith('//')) return '/';
    return `${withoutLocale(url.pathname)}${url.search}`;
  } catch {
    return '/';
  }
}
