import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxMessages, paymentAllocations, payments } from '@/lib/db/schema';
import { lovatMessage } from './messages';
import type { PaymentState } from './state-machine';
import { transition } from './repository';

/**
 * Records the insurer's refusal of one invoice: its amount is refunded and reported to LOVAT as
 * `refund`. Run it inside the transaction that records the delivery which brought the answer,
 * so both are recorded together or not at all; `reconcile` then settles the payment.
 */
export async function recordRefusal(
  tx: Db,
  paymentId: string,
  invoiceReference: string,
  refusedCode: string,
) {
  const now = new Date();
  const [allocation] = await tx
    .update(paymentAllocations)
    .set({ insurerRefusedCode: refusedCode, inFlight: false })
    .where(
      and(
        eq(paymentAllocations.paymentId, paymentId),
        eq(paymentAllocations.invoiceReference, invoiceReference),
      ),
    )
    .returning();
  if (!allocation) return;
  const [payment] = await tx
    .update(payments)
    .set({ refundedAmount: sqlAdd(allocation.amount) })
    .where(eq(payments.id, paymentId))
    .returning();
  await tx
    .insert(outboxMessages)
    .values({
      ...lovatMessage(payment!, 'refund', allocation.amount, now.toISOString()),
      paymentId,
    })
    .onConflictDoNothing();
}

/**
 * Once the insurer has answered every notice and no message is dead, a payment is confirmed, or
 * refunded when the insurer refused every invoice. A dead message keeps it in front of agents.
 */
export async function reconcile(db: Db, paymentId: string) {
  const status = await settlementStatus(db, paymentId);
  if (!status?.settled || status.dead || !SETTLING.includes(status.state)) return;
  if (status.allRefused) {
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
  eq(outboxMessages.status, 'dead'),
  inArray(outboxMessages.kind, ['enov_ipn', 'lovat_report']),
);

/** Where a payment stands with the insurer, in one query: it runs after every delivery. */
async function settlementStatus(db: Db, paymentId: string) {
  const a = paymentAllocations;
  const deadNotices = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.paymentId, payments.id), deadNotice));
  const [row] = await db
    .select({
      state: sql<PaymentState>`${payments.state}`,
      settled: sql<boolean>`bool_and(${a.insurerConfirmedAt} is not null or ${a.insurerRefusedCode} is not null)`,
      allRefused: sql<boolean>`bool_and(${a.insurerRefusedCode} is not null)`,
      dead: sql<boolean>`exists ${deadNotices}`,
    })
    .from(payments)
    .innerJoin(a, eq(a.paymentId, payments.id))
    .where(eq(payments.id, paymentId))
    .groupBy(payments.id);
  return row;
}

const sqlAdd = (amount: number) => sql`${payments.refundedAmount} + ${amount}`;

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
