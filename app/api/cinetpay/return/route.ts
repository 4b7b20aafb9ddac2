import { getDb } from '@/lib/db';
import { verifyOnHint } from '@/lib/payments/awaiting';
import { recordProcessorEvent } from '@/lib/payments/processor-events';
import { paymentByReference } from '@/lib/payments/repository';
import { kickDelivery, paymentProcessor } from '@/lib/payments/runtime';

export const dynamic = 'force-dynamic';

/**
 * The customer's way back from CinetPay's guichet, whatever happened there (POST form or GET
 * with `transaction_id`). It proves nothing: the payment is verified with CinetPay if no
 * notification settled it yet, and the customer lands on its receipt, which follows it live.
 */
async function back(transactionId: string | null) {
  const db = getDb();
  const payment = transactionId ? await paymentByReference(db, transactionId) : undefined;
  if (!payment) return seeOther('/');
  await recordProcessorEvent(db, {
    payment,
    reference: payment.reference,
    kind: 'return',
    outcome: payment.state,
  });
  const after = await verifyOnHint(db, paymentProcessor(), payment);
  if (after?.state === 'captured') kickDelivery(after.id);
  return seeOther(`/recu/${payment.receiptToken}`);
}

// 303: the browser follows a POST from the guichet with a GET of the receipt.
const seeOther = (location: string) => new Response(null, { status: 303, headers: { location } });

export async function GET(request: Request) {
  return back(new URL(request.url).searchParams.get('transaction_id'));
}

export async function POST(request: Request) {
  const form = new URLSearchParams(await request.text());
  return back(
    form.get('transaction_id') ?? new URL(request.url).searchParams.get('transaction_id'),
  );
}
