import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { receiptView } from '@/lib/payments/receipt';
import { paymentByReceiptToken } from '@/lib/payments/repository';
import { kickDelivery } from '@/lib/payments/runtime';
import { advanceWalletPayment } from '@/lib/payments/wallet';

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
  if (payment.state === 'awaiting_approval') {
    payment =
      (await advanceWalletPayment(db, payment.id, getConfig().payments.walletApprovalDelayMs)) ??
      payment;
  }
  if (payment.state === 'captured' || payment.state === 'needs_attention') kickDelivery(payment.id);
  return Response.json(await receiptView(db, payment), {
    headers: { 'cache-control': 'no-store' },
  });
}
