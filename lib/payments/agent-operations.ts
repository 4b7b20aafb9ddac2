import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxMessages, paymentAllocations, payments } from '@/lib/db/schema';
import { lovatMessage } from './messages';
import { planChargeback, planRefund } from './refund';
import { transition } from './repository';

/**
 * What agents do to a payment. Each runs inside the caller's transaction (the one that also
 * writes the audit entry), locks the payment row first, and queues its LOVAT report in the
 * outbox in the same transaction.
 */

export type OperationResult =
  | { ok: true; detail: Record<string, unknown> }
  | { ok: false; reason: string; detail?: Record<string, unknown> };

async function lockPayment(tx: Db, paymentId: string) {
  const [row] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('update');
  return row;
}

/**
 * When a payment is given back in full, the insurer must not be told later that it was paid:
 * notices not yet delivered are cancelled and the invoices freed for another payment.
 */
async function cancelUndeliveredNotices(tx: Db, paymentId: string) {
  await tx
    .update(outboxMessages)
    .set({ status: 'cancelled', leaseToken: null, leaseUntil: null })
    .where(
      and(
        eq(outboxMessages.paymentId, paymentId),
        eq(outboxMessages.kind, 'enov_ipn'),
        inArray(outboxMessages.status, ['pending', 'dead']),
      ),
    );
  await tx
    .update(paymentAllocations)
    .set({ inFlight: false })
    .where(eq(paymentAllocations.paymentId, paymentId));
}

export async function refundPayment(
  tx: Db,
  paymentId: string,
  requested: number | 'full',
  now = new Date(),
): Promise<OperationResult> {
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return { ok: false, reason: 'notFound' };
  const plan = planRefund(payment, requested);
  if (!plan.ok) return { ok: false, reason: plan.reason, detail: { held: plan.held } };
  await tx
    .update(payments)
    .set({ refundedAmount: sql`${payments.refundedAmount} + ${plan.amount}`, updatedAt: now })
    .where(eq(payments.id, paymentId));
  await tx
    .insert(outboxMessages)
    .values({ ...lovatMessage(payment, 'refund', plan.amount, now.toISOString()), paymentId });
  if (plan.closes) {
    await cancelUndeliveredNotices(tx, paymentId);
    await transition(
      tx,
      paymentId,
      ['captured', 'confirmed', 'needs_attention'],
      'refunded',
      { stateReason: 'agent_refund' },
      'refunded by an agent',
    );
  }
  return { ok: true, detail: { amount: plan.amount, full: plan.closes } };
}

export async function recordChargeback(
  tx: Db,
  paymentId: string,
  now = new Date(),
): Promise<OperationResult> {
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return { ok: false, reason: 'notFound' };
  const plan = planChargeback(payment);
  if (!plan.ok) return { ok: false, reason: 'not_refundable' };
  await tx
    .update(payments)
    .set({ chargedBackAmount: sql`${payments.chargedBackAmount} + ${plan.amount}` })
    .where(eq(payments.id, paymentId));
  await tx
    .insert(outboxMessages)
    .values({ ...lovatMessage(payment, 'Charge back', plan.amount, now.toISOString()), paymentId });
  await cancelUndeliveredNotices(tx, paymentId);
  await transition(
    tx,
    paymentId,
    ['captured', 'confirmed', 'needs_attention'],
    'charged_back',
    { stateReason: 'chargeback' },
    'chargeback recorded by an agent',
  );
  return { ok: true, detail: { amount: plan.amount } };
}

/**
 * Makes a waiting or dead message due now, with a fresh retry window. Refused while another
 * worker holds it, and for messages that are already settled.
 */
export async function retryDeliveryNow(
  tx: Db,
  messageId: number,
  now = new Date(),
): Promise<OperationResult> {
  const [message] = await tx
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.id, messageId))
    .for('update');
  if (!message) return { ok: false, reason: 'notFound' };
  if (message.status !== 'pending' && message.status !== 'dead')
    return { ok: false, reason: 'notRetryable' };
  if (message.leaseUntil && message.leaseUntil > now) return { ok: false, reason: 'inProgress' };
  await tx
    .update(outboxMessages)
    .set({ status: 'pending', nextAttemptAt: now, firstAttemptAt: now })
    .where(eq(outboxMessages.id, messageId));
  return {
    ok: true,
    detail: { messageId, kind: message.kind, paymentId: message.paymentId, was: message.status },
  };
}
