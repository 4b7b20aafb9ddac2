import { tokenValid } from '@/lib/cinetpay/hmac';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';
import { verifyOnHint } from '@/lib/payments/awaiting';
import { recordProcessorEvent } from '@/lib/payments/processor-events';
import { paymentByReference } from '@/lib/payments/repository';
import { kickDelivery, paymentProcessor } from '@/lib/payments/runtime';

export const dynamic = 'force-dynamic';

/** CinetPay pings the notification URL by GET: it must answer 200 (docs/specs/cinetpay.md §3). */
export function GET() {
  return new Response(null, { status: 200 });
}

/**
 * CinetPay's notification: a hint, checked by its x-token (HMAC of the posted fields with our
 * secret key), then verified with CinetPay itself before anything moves. Repeats are harmless.
 */
export async function POST(request: Request) {
  const form = new URLSearchParams(await request.text());
  const reference = form.get('cpm_trans_id') ?? '';
  const db = getDb();
  const payment = reference ? await paymentByReference(db, reference) : undefined;
  const { secretKey, previousSecretKey } = getConfig().cinetpay;
  const valid = tokenValid(form, request.headers.get('x-token'), [secretKey, previousSecretKey]);
  const detail = {
    amount: form.get('cpm_amount'),
    currency: form.get('cpm_currency'),
    method: form.get('payment_method'),
    message: form.get('cpm_error_message'),
  };
  if (!valid || !payment) {
    log.warn('cinetpay.notification_refused', { reference, tokenValid: valid, known: !!payment });
    await recordProcessorEvent(db, {
      payment,
      reference: reference || '(none)',
      kind: 'notification',
      tokenValid: valid,
      outcome: valid ? 'unknown_transaction' : 'token_refused',
      detail,
    });
    return Response.json(
      { error: valid ? 'unknown transaction' : 'invalid token' },
      {
        status: valid ? 404 : 401,
      },
    );
  }
  await recordProcessorEvent(db, {
    payment,
    reference,
    kind: 'notification',
    tokenValid: true,
    outcome: detail.message ?? '',
    detail,
  });
  const after = await verifyOnHint(db, paymentProcessor(), payment);
  if (after?.state === 'captured') kickDelivery(after.id);
  return Response.json({ received: true });
}
