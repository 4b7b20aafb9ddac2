import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries, payments } from '@/lib/db/schema';
import { captureNow } from './checkout';
import { releaseInvoices, transition } from './repository';
import { deadNotice, flagForAgent, reconcile } from './settlement';

/**
 * Payments a crash interrupted (the process died between two steps of a checkout), finished by
 * whichever instance's worker sees them first:
 * - authorised but not captured: the processor approved, so the capture (and the notices it
 *   owes) goes ahead;
 * - still pending: the simulated processor's answer is only real once recorded, and the card
 *   number is never stored, so nothing was taken: the payment fails and frees its invoices.
 *   (A real processor would be asked, by the payment's idempotency key, what it did.)
 */
export async function recoverInterrupted(db: Db, olderThanMs: number, now = new Date()) {
  const before = new Date(now.getTime() - olderThanMs);
  const authorised = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.state, 'authorised'), lt(payments.updatedAt, before)))
    .limit(50);
  for (const p of authorised) await captureNow(db, p.id);
  const pending = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.state, 'pending'), lt(payments.updatedAt, before)))
    .limit(50);
  for (const p of pending) {
    const failed = await transition(
      db,
      p.id,
      ['pending'],
      'failed',
      { stateReason: 'interrupted' },
      'interrupted before the charge was recorded',
    );
    if (failed) await releaseInvoices(db, p.id);
  }
  const settled = await settleQuietPayments(db, before);
  return authorised.length + pending.length + settled;
}

/**
 * Captured payments with nothing left to send: a crash came between recording the last answer
 * and drawing its conclusion. Draw it now: confirmed (or refunded), or flagged for an agent.
 */
async function settleQuietPayments(db: Db, before: Date) {
  const quiet = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        eq(payments.state, 'captured'),
        lt(payments.updatedAt, before),
        sql`not exists (select 1 from ${outboxEntries} where ${outboxEntries.paymentId} = ${payments.id} and ${outboxEntries.status} = 'pending')`,
      ),
    )
    .limit(50);
  for (const p of quiet) {
    const [dead] = await db
      .select({ kind: outboxEntries.kind, code: outboxEntries.lastCode })
      .from(outboxEntries)
      .where(and(eq(outboxEntries.paymentId, p.id), deadNotice))
      .limit(1);
    if (dead) await flagForAgent(db, p.id, `${dead.kind}:${dead.code ?? 'dead'}`);
    else await reconcile(db, p.id);
  }
  return quiet.length;
}
