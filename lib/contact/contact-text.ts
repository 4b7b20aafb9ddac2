import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { InsurerContact } from '@/lib/config-types';
import type { Locale } from '@/i18n/locales';
import { describeOpeningHours } from './insurer-hours';

/** The insurer's contact in the reader's language: what the page and the PDF receipt both show. */
export interface InsurerContactText {
  title: string;
  phoneLabel: string;
  whatsappLabel: string;
  hoursLabel: string;
  hours: string[];
  /** Said whenever a value is the sandbox's made-up one. */
  sandboxNote: string | null;
}

export async function insurerContactText(
  contact: InsurerContact,
  locale: Locale,
): Promise<InsurerContactText> {
  const t = await getTranslations({ locale, namespace: 'InsurerContact' });
  return {
    title: t('title'),
    phoneLabel: t('phone'),
    whatsappLabel: t('whatsapp'),
    hoursLabel: t('hours'),
    hours: describeOpeningHours(contact.hours, locale, {
      dayRange: (values) => t('dayRange', values),
      slot: (values) => t('slot', values),
    }),
    sandboxNote: contact.sandbox ? t('sandbox') : null,
  };
}
