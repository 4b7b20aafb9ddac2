import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { clientMessages } from '@/i18n/client-messages';
import { localeOr } from '@/i18n/locales';
import { pageLocale, type LocaleParams } from '@/i18n/page-locale';
import type { ReactNode } from 'react';
import '../globals.css';

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: localeOr(locale), namespace: 'Meta' });
  return {
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
  };
}

export const viewport: Viewport = { themeColor: '#0a3d61', width: 'device-width', initialScale: 1 };

export default async function RootLayout({
  children,
  params,
}: LocaleParams & { children: ReactNode }) {
  const locale = await pageLocale(params);
  const [t, messages] = await Promise.all([getTranslations('Common'), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        {/* Once focused it takes its own place above the header, covering nothing. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-3 font-semibold text-brand-800 underline focus:not-sr-only focus:m-2 focus:self-start"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
