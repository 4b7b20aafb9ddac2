import { getDb } from '@/lib/db';
import { receiptView } from '@/lib/payments/receipt';
import { paymentByReceiptToken } from '@/lib/payments/repository';
import { kickDelivery, paymentProcessor } from '@/lib/payments/runtime';
import { advanceAwaitingPayment } from '@/lib/payments/awaiting';

export const dynamic = 'force-dynamic';

/**
 * The receipt's live state, polled by the receipt page. Polling also moves the payment on:
 * a mobile-money approval is checked, and due notices are sent without waiting for the worker.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  let payment = await paymentByReceiptToken(db, token);
  if (!payment) return Response.json({ error: 'not found' }, { status: 404 });
  // A local simulation answers at once; a real processor is asked on its own schedule (its
  // notifications, the worker's backoff), never once per poll of every open receipt.
  const processor = paymentProcessor();
  if (payment.state === 'awaiting_approval' && !processor.remote)
    payment = (await advanceAwaitingPayment(db, processor, payment.id)) ?? payment;
  if (payment.state === 'captured' || payment.state === 'needs_attention') kickDelivery(payment.id);
  return Response.json(await receiptView(db, payment), {
    headers: { 'cache-control': 'no-store' },
  });
}
