import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries, paymentAllocations, payments } from '@/lib/db/schema';
import { lovatEntry } from './outbox-entries';
import { planChargeback, planRefund, type InvoiceHolding, type Reversal } from './refund';
import { transition } from './repository';
import { reconcile } from './settlement';

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

const noticeKey = (noticeReference: string) => `ipn:${noticeReference}`;

/**
 * A notice the insurer may have: being sent now, or sent before without an answer we can trust
 * (a timeout, a dropped connection: the insurer may have applied it). Only the next answer says;
 * a notice never sent is the only one a refund may still cancel.
 */
const unsettled = (n: { leaseToken: string | null; status: string; attempts: number }) =>
  n.leaseToken !== null || (n.attempts > 0 && (n.status === 'pending' || n.status === 'dead'));

/**
 * The payment's invoices and their notices, locked. Every writer takes the same order (the
 * payment, then its notices, then its invoices; a delivery locks a notice, then its invoice), so
 * an agent's operation and a delivery wait for each other instead of deadlocking.
 */
async function lockInvoices(tx: Db, paymentId: string): Promise<InvoiceHolding[]> {
  const notices = await tx
    .select({
      dedupeKey: outboxEntries.dedupeKey,
      leaseToken: outboxEntries.leaseToken,
      status: outboxEntries.status,
      attempts: outboxEntries.attempts,
    })
    .from(outboxEntries)
    .where(and(eq(outboxEntries.paymentId, paymentId), eq(outboxEntries.kind, 'enov_ipn')))
    .orderBy(asc(outboxEntries.id))
    .for('update');
  const rows = await tx
    .select()
    .from(paymentAllocations)
    .where(eq(paymentAllocations.paymentId, paymentId))
    .orderBy(asc(paymentAllocations.position))
    .for('update');
  return rows.map((a) => ({
    invoiceReference: a.invoiceReference,
    amount: a.amount,
    reversal: a.reversal,
    insurerConfirmedAt: a.insurerConfirmedAt,
    noticeInFlight: notices.some(
      (n) => n.dedupeKey === noticeKey(a.noticeReference) && unsettled(n),
    ),
  }));
}

/**
 * Marks invoices as given back (once: a row already reversed stays as it was) and frees them
 * for another payment; their notices not yet out are cancelled, so the insurer is never told
 * later that a refunded invoice was paid.
 */
async function reverseInvoices(
  tx: Db,
  paymentId: string,
  references: string[],
  reversal: Reversal,
  now: Date,
) {
  const reversed = await tx
    .update(paymentAllocations)
    .set({
      reversal,
      reversedAt: now,
      inFlight: false,
      reversalOverrodeInsurer:
        reversal === 'agent_refund'
          ? sql`${paymentAllocations.insurerConfirmedAt} is not null`
          : false,
    })
    .where(
      and(
        eq(paymentAllocations.paymentId, paymentId),
        inArray(paymentAllocations.invoiceReference, references),
        isNull(paymentAllocations.reversal),
      ),
    )
    .returning({ noticeReference: paymentAllocations.noticeReference });
  if (reversed.length !== references.length)
    throw new Error(`invoices of ${paymentId} moved under a lock`);
  await tx
    .update(outboxEntries)
    .set({ status: 'cancelled', leaseToken: null, leaseUntil: null })
    .where(
      and(
        eq(outboxEntries.paymentId, paymentId),
        eq(outboxEntries.kind, 'enov_ipn'),
        inArray(
          outboxEntries.dedupeKey,
          reversed.map((r) => noticeKey(r.noticeReference)),
        ),
        inArray(outboxEntries.status, ['pending', 'dead']),
        isNull(outboxEntries.leaseToken),
        // Never sent: one sent without a sure answer may be the insurer's already (a chargeback
        // leaves it to its next answer; a refund waits for it, see unsettled()).
        eq(outboxEntries.attempts, 0),
      ),
    );
}

/**
 * An agent gives back whole invoices of a payment (`'all'`: every one still held), reported to
 * LOVAT as one `refund`. Refused while an invoice's notice is out to the insurer, and for an
 * invoice the insurer accepted unless the agent explicitly overrides (the audit entry says so).
 */
export async function refundPayment(
  tx: Db,
  paymentId: string,
  requested: readonly string[] | 'all',
  opts: { overrideInsurer: boolean } = { overrideInsurer: false },
  now = new Date(),
): Promise<OperationResult> {
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return { ok: false, reason: 'notFound' };
  const invoices = await lockInvoices(tx, paymentId);
  const plan = planRefund(payment, invoices, requested, opts.overrideInsurer);
  if (!plan.ok)
    return { ok: false, reason: plan.reason, detail: { held: plan.held, invoice: plan.invoice } };
  const references = plan.invoices.map((i) => i.invoiceReference);
  await reverseInvoices(tx, paymentId, references, 'agent_refund', now);
  await tx
    .update(payments)
    .set({ refundedAmount: sql`${payments.refundedAmount} + ${plan.amount}`, updatedAt: now })
    .where(eq(payments.id, paymentId));
  await tx.insert(outboxEntries).values({
    ...lovatEntry(payment, 'refund', plan.amount, now.toISOString(), references),
    paymentId,
  });
  if (plan.closes) {
    await transition(
      tx,
      paymentId,
      ['captured', 'confirmed', 'needs_attention'],
      'refunded',
      { stateReason: 'agent_refund' },
      'refunded by an agent',
    );
  } else {
    // The invoices left may all be settled now that the refunded ones owe no notice.
    await reconcile(tx, paymentId);
  }
  return {
    ok: true,
    detail: {
      amount: plan.amount,
      full: plan.closes,
      invoices: references,
      ...(plan.overridden.length > 0 ? { overrodeInsurer: plan.overridden } : {}),
      // CinetPay documents no refund API: the agent gives the money back in its back office.
      ...(payment.processor === 'cinetpay' ? { manual: true } : {}),
    },
  };
}

export async function recordChargeback(
  tx: Db,
  paymentId: string,
  now = new Date(),
): Promise<OperationResult> {
  const payment = await lockPayment(tx, paymentId);
  if (!payment) return { ok: false, reason: 'notFound' };
  const plan = planChargeback(payment, await lockInvoices(tx, paymentId));
  if (!plan.ok) return { ok: false, reason: 'not_refundable' };
  const references = plan.invoices.map((i) => i.invoiceReference);
  await reverseInvoices(tx, paymentId, references, 'chargeback', now);
  await tx
    .update(payments)
    .set({ chargedBackAmount: sql`${payments.chargedBackAmount} + ${plan.amount}`, updatedAt: now })
    .where(eq(payments.id, paymentId));
  await tx.insert(outboxEntries).values({
    ...lovatEntry(payment, 'Charge back', plan.amount, now.toISOString(), references),
    paymentId,
  });
  await transition(
    tx,
    paymentId,
    ['captured', 'confirmed', 'needs_attention'],
    'charged_back',
    { stateReason: 'chargeback' },
    'chargeback recorded by an agent',
  );
  return { ok: true, detail: { amount: plan.amount, invoices: references } };
}

/**
 * Makes a waiting or dead message due now, with a fresh retry window. Refused while another
 * worker holds it, and for messages that are already settled.
 */
export async function retryDeliveryNow(
  tx: Db,
  entryId: number,
  now = new Date(),
): Promise<OperationResult> {
  const [message] = await tx
    .select()
    .from(outboxEntries)
    .where(eq(outboxEntries.id, entryId))
    .for('update');
  if (!message) return { ok: false, reason: 'notFound' };
  if (message.status !== 'pending' && message.status !== 'dead')
    return { ok: false, reason: 'notRetryable' };
  if (message.leaseUntil && message.leaseUntil > now) return { ok: false, reason: 'inProgress' };
  await tx
    .update(outboxEntries)
    .set({ status: 'pending', nextAttemptAt: now, firstAttemptAt: now })
    .where(eq(outboxEntries.id, entryId));
  return {
    ok: true,
    detail: { entryId, kind: message.kind, paymentId: message.paymentId, was: message.status },
  };
}
