'use server';

import { cookies, headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/i18n/locales';

/**
 * Remembers the language chosen by the user, then asks for the same page again: a page is
 * rendered in the language of its address's rewrite (proxy.ts), which the cookie
 * chooses on the next request, not this one. The page is the one the form was sent from (its
 * Referer, on our own origin only); the home page when the browser does not say.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (isLocale(locale)) {
    const store = await cookies();
    store.set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: 'lax',
      httpOnly: true,
      secure: process.env.NODE_ENV === 'production' && process.env.APP_URL?.startsWith('https:'),
    });
  }
  redirect(samePage(await headers()), RedirectType.replace);
}

function samePage(h: Headers): string {
  const referer = h.get('referer');
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    // "//elsewhere" would be read as another site's address.
    if (url.host !== host || url.pathname.startsWith('//')) return '/';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}
