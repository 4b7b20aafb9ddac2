import { getLocale, getTranslations } from 'next-intl/server';
import { getConfig } from '@/lib/config';
import { insurerContactText } from '@/lib/contact/contact-text';
import { getDb } from '@/lib/db';
import { receiptView } from '@/lib/payments/receipt';
import { receiptPdf } from '@/lib/payments/receipt-pdf';
import { paymentByReceiptToken } from '@/lib/payments/repository';

export const dynamic = 'force-dynamic';

/**
 * The receipt as a PDF, in the reader's language, at the receipt's own unguessable address. A
 * payment that took no money has no receipt to forward as proof: not found, like a wrong token.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const db = getDb();
  const payment = await paymentByReceiptToken(db, (await params).token);
  if (!payment) return new Response('Not Found', { status: 404 });
  const view = await receiptView(db, payment);
  if (!view.moneyTaken) return new Response('Not Found', { status: 404 });
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  const methods = await getTranslations({ locale, namespace: 'Checkout.methods' });
  const contact = getConfig().insurerContact;
  const said = await insurerContactText(contact, locale);
  const pdf = await receiptPdf(view, {
    lang: locale,
    title: t('title'),
    status: t(`states.${view.state}.title` as 'states.confirmed.title'),
    statusBody: t(`states.${view.state}.body` as 'states.confirmed.body'),
    labels: {
      reference: t('reference'),
      contract: t('contract'),
      date: t('date'),
      method: t('method'),
      amount: t('amount'),
      refunded: t('refunded'),
    },
    invoices: t('invoices'),
    columns: { invoice: t('invoice'), paid: t('paid'), remainingAfter: t('remainingAfter') },
    methodName: methods(view.method as 'card'),
    invoiceStatus: (status) => t(`invoiceStatus.${status}`),
    contact: {
      title: said.title,
      rows: [
        [said.phoneLabel, contact.phone.display],
        ...(contact.whatsapp
          ? [[said.whatsappLabel, contact.whatsapp.display] as [string, string]]
          : []),
        [said.hoursLabel, said.hours.join('\n')],
      ],
      note: said.sandboxNote,
    },
    footer: t('pdfFooter'),
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="recu-${view.reference}.pdf"`,
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
