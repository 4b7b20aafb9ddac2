import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { methodsFor } from '@/lib/sandbox/cinetpay/codes';
import { finishRequestSchema } from '@/lib/sandbox/cinetpay/finish-schema';
import { findTransaction, finishPayment, settleDue } from '@/lib/sandbox/cinetpay/payments';
import { controlRoute } from '@/lib/sandbox/control';
import { cinetpayPaymentView } from '@/lib/sandbox/inspect';

export const dynamic = 'force-dynamic';

const notFound = () => Response.json({ error: 'No such CinetPay payment.' }, { status: 404 });

/** GET /sandbox/api/cinetpay/payments?transaction_id=…|token=…[&site_id=…] */
export const GET = controlRoute(async (db, request) => {
  const q = new URL(request.url).searchParams;
  const transactionId = q.get('transaction_id') ?? undefined;
  const token = q.get('token') ?? undefined;
  if (!transactionId && !token) {
    return Response.json({ error: 'Give transaction_id or token.' }, { status: 400 });
  }
  const found = await findTransaction(db, {
    transactionId,
    token,
    siteId: q.get('site_id') ?? undefined,
  });
  if (!found) return notFound();
  return Response.json(
    await cinetpayPaymentView(db, await settleDue(db, found, getConfig().appUrl)),
  );
});

/**
 * POST /sandbox/api/cinetpay/payments `{ transaction_id, outcome, method?, delayMs? }`: finishes
 * a payment as the guichet would, notifications included (sent in the background).
 */
export const POST = controlRoute(async (db, request) => {
  const parsed = finishRequestSchema.safeParse(await request.json());
  if (!parsed.success) {
    return Response.json(
      { error: 'Invalid request.', issues: z.flattenError(parsed.error) },
      { status: 400 },
    );
  }
  const input = parsed.data;
  const found = await findTransaction(db, {
    transactionId: input.transaction_id,
    siteId: input.site_id,
  });
  if (!found) return notFound();
  const method = input.method ?? methodsFor(found.channels)[0]!;
  const result = await finishPayment(db, found.id, {
    outcome: input.outcome,
    method,
    delayMs: input.delayMs,
    appUrl: getConfig().appUrl,
  });
  if (!result.ok && result.reason === 'method') {
    return Response.json(
      { error: `The payment's channels (${found.channels}) do not offer ${method}.` },
      { status: 400 },
    );
  }
  if (!result.ok) {
    const current = await cinetpayPaymentView(db, found);
    return Response.json(
      { error: 'The payment is no longer waiting for the customer.', ...current },
      { status: 409 },
    );
  }
  return Response.json(await cinetpayPaymentView(db, result.transaction));
});
