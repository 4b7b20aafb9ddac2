import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries, payments } from '@/lib/db/schema';
import type { OperationResult } from './agent-operations';
import { receiptSmsEntry } from './outbox-entries';
import { maskPhone, normalizeIvorianNumber } from './mobile-money';

const TEXT = {
  fr: (ref: string, url: string) => `LA LOYALE VIE : votre reçu de paiement ${ref} : ${url}`,
  en: (ref: string, url: string) => `LA LOYALE VIE: your payment receipt ${ref}: ${url}`,
};

/**
 * Queues a text message with the receipt's link, to the number the agent gives or else the
 * one the customer gave when paying, in the language the customer paid in.
 */
export async function queueReceiptLink(
  tx: Db,
  input: { requestId: string; paymentId: string; phone: string; appUrl: string },
): Promise<OperationResult> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId));
  if (!payment) return { ok: false, reason: 'notFound' };
  const typed = input.phone.trim();
  const to = normalizeIvorianNumber(typed || payment.billing.phone);
  if (!to) return { ok: false, reason: typed ? 'invalidPhone' : 'noPhone' };
  const url = `${input.appUrl}/recu/${payment.receiptToken}`;
  const text = (payment.locale === 'en' ? TEXT.en : TEXT.fr)(payment.reference, url);
  await tx
    .insert(outboxEntries)
    .values({ ...receiptSmsEntry(input.requestId, to, text), paymentId: payment.id });
  return { ok: true, detail: { to: maskPhone(to) } };
}
