'use server';

import { cookies, headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { pageOfReferer } from '@/i18n/locale-rewrite';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/i18n/locales';

/**
 * Remembers the language chosen by the user, then asks for the same page again: a page is
 * rendered in the language of its address's rewrite (proxy.ts), which the cookie
 * chooses on the next request, not this one: the page the form was sent from.
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
  const h = await headers();
  redirect(
    pageOfReferer(h.get('referer'), h.get('x-forwarded-host') ?? h.get('host')),
    RedirectType.replace,
  );
}
