import { getLocale } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { InsurerContact as Contact } from '@/lib/config-types';
import { insurerContactText } from '@/lib/contact/contact-text';
import { telHref, whatsAppHref } from '@/lib/contact/phone-number';

const LINK = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline';

/**
 * Where a customer reaches a person: on the outage page, on a payment declined or waiting for the
 * insurer, and on the receipt. The contact is server configuration: the page passes it in.
 */
export async function InsurerContact({ contact }: { contact: Contact }) {
  const text = await insurerContactText(contact, await getLocale());
  return (
    <Card aria-labelledby="insurer-contact" className="flex flex-col gap-3">
      <h2 id="insurer-contact" className="text-lg font-bold text-slate-900">
        {text.title}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="text-sm text-slate-600 sm:self-center">{text.phoneLabel}</dt>
        <dd>
          <a href={telHref(contact.phone)} className={LINK}>
            {contact.phone.display}
          </a>
        </dd>
        {contact.whatsapp ? (
          <>
            <dt className="text-sm text-slate-600 sm:self-center">{text.whatsappLabel}</dt>
            <dd>
              <a href={whatsAppHref(contact.whatsapp)} className={LINK}>
                {contact.whatsapp.display}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="text-sm text-slate-600">{text.hoursLabel}</dt>
        <dd>
          <ul className="text-slate-900">
            {text.hours.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {text.sandboxNote ? <p className="text-sm text-slate-600">{text.sandboxNote}</p> : null}
    </Card>
  );
}
