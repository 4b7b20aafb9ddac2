import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { payments } from '@/lib/db/schema';
import { captureNow } from './checkout';
import type { PaymentProcessor } from './processor';
import { recordProcessorEvent, statusOutcome } from './processor-events';
import {
  paymentById,
  releaseInvoices,
  transition,
  type PaymentWithAllocations,
} from './repository';

/**
 * Moves a payment that awaits the customer (a wallet push, a hosted payment page) on once the
 * processor has an answer. Safe to call from the receipt's polling, a processor's notification
 * and every instance's worker alike: the conditional transitions let one caller win.
 */
export async function advanceAwaitingPayment(
  db: Db,
  processor: PaymentProcessor,
  id: string,
  now = new Date(),
) {
  const payment = await paymentById(db, id);
  if (!payment || payment.state !== 'awaiting_approval') return payment;
  const status = await processor.status(payment, now);
  if (processor.remote)
    await recordProcessorEvent(db, {
      payment,
      reference: payment.reference,
      kind: 'verification',
      outcome: statusOutcome(status),
    });
  if (status.kind === 'approved') {
    const patch = status.method ? { method: status.method } : {};
    if (await transition(db, id, ['awaiting_approval'], 'authorised', patch))
      await captureNow(db, id);
  } else if (status.kind === 'declined' || status.kind === 'expired') {
    if (
      await transition(db, id, ['awaiting_approval'], status.kind, { stateReason: status.reason })
    )
      await releaseInvoices(db, id);
  } else if (status.kind === 'pending' || status.kind === 'unknown') {
    const wait = processor.recheckAfterMs(payment.processorChecks);
    await db
      .update(payments)
      .set({
        processorChecks: sql`${payments.processorChecks} + 1`,
        processorNextCheckAt: new Date(now.getTime() + wait),
      })
      .where(and(eq(payments.id, id), eq(payments.state, 'awaiting_approval')));
    return payment;
  } else if (status.kind === 'mismatch') {
    // Something was taken, but not what we asked: no notice to the insurer, an agent decides.
    await transition(db, id, ['awaiting_approval'], 'needs_attention', {
      stateReason: status.reason,
    });
  }
  return paymentById(db, id);
}

export async function advanceAwaitingPayments(
  db: Db,
  processor: PaymentProcessor,
  now = new Date(),
) {
  const waiting = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        eq(payments.state, 'awaiting_approval'),
        or(isNull(payments.processorNextCheckAt), lte(payments.processorNextCheckAt, now)),
      ),
    )
    .limit(100);
  for (const { id } of waiting) await advanceAwaitingPayment(db, processor, id, now);
}

/**
 * A hint from the processor (a notification, the customer's return): never proof, so the
 * processor is asked. Repeats are harmless: a payment already decided is left as it is, except
 * one we gave up on that the processor says it took after all, which goes to an agent.
 */
export async function verifyOnHint(
  db: Db,
  processor: PaymentProcessor,
  payment: PaymentWithAllocations,
  now = new Date(),
) {
  if (payment.state === 'awaiting_approval')
    return advanceAwaitingPayment(db, processor, payment.id, now);
  if (payment.state !== 'expired') return payment;
  const status = await processor.status(payment, now);
  await recordProcessorEvent(db, {
    payment,
    reference: payment.reference,
    kind: 'verification',
    outcome: statusOutcome(status),
  });
  if (status.kind === 'approved' || status.kind === 'mismatch')
    await transition(db, payment.id, ['expired'], 'needs_attention', {
      stateReason: 'late_acceptance',
    });
  return paymentById(db, payment.id);
}

/**
 * The customer gives up a mobile-money request to send it to another number. The processor is
 * asked first, so an approval already given is kept; otherwise the request ends as `expired`
 * (`number_changed`) and the invoices are free for the new one, which counts against the
 * wallet-push limit like any other. A wallet that approves all the same is the late acceptance
 * `verifyOnHint` hands to an agent. Returns the payment as it now stands.
 */
export async function withdrawWalletRequest(
  db: Db,
  processor: PaymentProcessor,
  payment: PaymentWithAllocations,
  now = new Date(),
) {
  // A hosted page (CinetPay) is not a push to a number: nothing to change here.
  if (payment.state !== 'awaiting_approval' || payment.processorUrl) return payment;
  const current = await advanceAwaitingPayment(db, processor, payment.id, now);
  if (current?.state !== 'awaiting_approval') return current;
  if (
    await transition(db, payment.id, ['awaiting_approval'], 'expired', {
      stateReason: 'number_changed',
    })
  )
    await releaseInvoices(db, payment.id);
  return paymentById(db, payment.id);
}
