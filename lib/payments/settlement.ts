import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxMessages, paymentAllocations, payments } from '@/lib/db/schema';
import { lovatMessage } from './messages';
import { paymentById, transition } from './repository';

/**
 * What the insurer's answers mean for a payment: each invoice confirmed or refused; once every
 * invoice is settled the payment is confirmed, or refunded when the insurer refused them all.
 * A refused invoice's amount is refunded at once and reported to LOVAT as `refund`.
 */
export async function settleIpn(
  db: Db,
  paymentId: string,
  invoiceReference: string,
  result: IpnOutcome,
) {
  await settleAllocation(db, paymentId, invoiceReference, result);
  await reconcile(db, paymentId);
}

export type IpnOutcome = { confirmed: true } | { refusedCode: string };

/**
 * Records the insurer's answer on one invoice (and queues the refund report of a refusal), in
 * one transaction; run inside the caller's when it is one (a savepoint), so the answer and the
 * delivery that brought it are recorded together or not at all.
 */
export async function settleAllocation(
  db: Db,
  paymentId: string,
  invoiceReference: string,
  result: IpnOutcome,
) {
  const now = new Date();
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const [allocation] = await tx
      .update(paymentAllocations)
      .set(
        'confirmed' in result
          ? { insurerConfirmedAt: now, inFlight: false }
          : { insurerRefusedCode: result.refusedCode, inFlight: false },
      )
      .where(
        and(
          eq(paymentAllocations.paymentId, paymentId),
          eq(paymentAllocations.invoiceReference, invoiceReference),
        ),
      )
      .returning();
    if (!allocation) return;
    if ('refusedCode' in result) {
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
  });
}

/**
 * Once the insurer has answered every notice and no message is dead, a payment is confirmed, or
 * refunded when the insurer refused every invoice. A dead message keeps it in front of agents.
 */
export async function reconcile(db: Db, paymentId: string) {
  const payment = await paymentById(db, paymentId);
  if (!payment) return;
  const settled = payment.allocations.every((a) => a.insurerConfirmedAt || a.insurerRefusedCode);
  if (!settled) return;
  const [dead] = await db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.paymentId, paymentId),
        eq(outboxMessages.status, 'dead'),
        inArray(outboxMessages.kind, ['enov_ipn', 'lovat_report']),
      ),
    )
    .limit(1);
  if (dead) return;
  const allRefused = payment.allocations.every((a) => a.insurerRefusedCode);
  if (allRefused) {
    await transition(
      db,
      paymentId,
      ['captured', 'needs_attention'],
      'refunded',
      { stateReason: 'insurer_refused' },
      'automatic refund',
    );
  } else {
    await transition(db, paymentId, ['captured', 'needs_attention'], 'confirmed', {
      confirmedAt: payment.confirmedAt ?? new Date(),
      stateReason: null,
    });
  }
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
