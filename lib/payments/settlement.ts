import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries, paymentAllocations, payments } from '@/lib/db/schema';
import { lovatEntry } from './outbox-entries';
import type { PaymentState } from './state-machine';
import { transition } from './repository';

/**
 * Records the insurer's refusal of one invoice. Run it inside the transaction that records the
 * delivery which brought the answer, after locking the payment row: its amount is then refunded
 * and reported to LOVAT as `refund`, unless that invoice's money already went back (an agent's
 * refund or a chargeback came first): an invoice is given back once. `reconcile` then settles
 * the payment.
 */
export async function recordRefusal(
  tx: Db,
  paymentId: string,
  invoiceReference: string,
  refusedCode: string,
  now = new Date(),
) {
  const invoice = and(
    eq(paymentAllocations.paymentId, paymentId),
    eq(paymentAllocations.invoiceReference, invoiceReference),
  );
  await tx
    .update(paymentAllocations)
    .set({ insurerRefusedCode: refusedCode, inFlight: false })
    .where(invoice);
  // Under the row lock the update above took: only a row not yet given back moves money.
  const [reversed] = await tx
    .update(paymentAllocations)
    .set({ reversal: 'insurer_refusal', reversedAt: now })
    .where(and(invoice, isNull(paymentAllocations.reversal)))
    .returning({ amount: paymentAllocations.amount });
  if (!reversed) return;
  const [payment] = await tx
    .update(payments)
    .set({ refundedAmount: sql`${payments.refundedAmount} + ${reversed.amount}`, updatedAt: now })
    .where(eq(payments.id, paymentId))
    .returning();
  await tx
    .insert(outboxEntries)
    .values({
      ...lovatEntry(payment!, 'refund', reversed.amount, now.toISOString(), [invoiceReference]),
      paymentId,
    })
    .onConflictDoNothing();
}

/**
 * Once every invoice is settled (its notice accepted or refused by the insurer, or its money
 * given back) and no notice is dead, a payment is confirmed, or refunded when every invoice's
 * money went back. A dead notice keeps it in front of agents.
 */
export async function reconcile(db: Db, paymentId: string) {
  const status = await settlementStatus(db, paymentId);
  if (!status?.settled || status.dead || !SETTLING.includes(status.state)) return;
  if (status.allReversed) {
    await transition(
      db,
      paymentId,
      SETTLING,
      'refunded',
      { stateReason: 'insurer_refused' },
      'automatic refund',
    );
  } else {
    await transition(db, paymentId, SETTLING, 'confirmed', {
      confirmedAt: sql`coalesce(${payments.confirmedAt}, now())`,
      stateReason: null,
    });
  }
}

const SETTLING: PaymentState[] = ['captured', 'needs_attention'];

/** A notice to the insurer or LOVAT given up for good: it keeps its payment before agents. */
export const deadNotice = and(
  eq(outboxEntries.status, 'dead'),
  inArray(outboxEntries.kind, ['enov_ipn', 'lovat_report']),
);

/** Where a payment stands with the insurer, in one query: it runs after every delivery. */
async function settlementStatus(db: Db, paymentId: string) {
  const a = paymentAllocations;
  const deadNotices = db
    .select({ id: outboxEntries.id })
    .from(outboxEntries)
    .where(and(eq(outboxEntries.paymentId, payments.id), deadNotice));
  const [row] = await db
    .select({
      state: sql<PaymentState>`${payments.state}`,
      settled: sql<boolean>`bool_and(${a.insurerConfirmedAt} is not null or ${a.insurerRefusedCode} is not null or ${a.reversal} is not null)`,
      allReversed: sql<boolean>`bool_and(${a.reversal} is not null)`,
      dead: sql<boolean>`exists ${deadNotices}`,
    })
    .from(payments)
    .innerJoin(a, eq(a.paymentId, payments.id))
    .where(eq(payments.id, paymentId))
    .groupBy(payments.id);
  return row;
}

/** A delivery needs a person: the payment shows it to agents, with why. */
export async function flagForAgent(db: Db, paymentId: string, reason: string) {
  await transition(
    db,
    paymentId,
    ['captured', 'confirmed'],
    'needs_attention',
    { stateReason: reason },
    reason,
  );
}
