import { getRequestConfig } from 'next-intl/server';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE, localeOr } from './locales';

/**
 * The language a page is rendered in is its `[locale]` segment (the root layout sets it), which
 * proxy.ts takes from the user's choice in a cookie: the URLs people see carry no language, so
 * links and receipts stay shareable. Server actions and route handlers read the cookie itself.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested)
    ? requested
    : localeOr((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'Africa/Abidjan',
  };
});
