import { and, eq, sql } from 'drizzle-orm';
import { cteBody } from '@/lib/db/cte';
import type { Db } from '@/lib/db/open';
import {
  deliveryAttempts,
  outboxEntries,
  paymentAllocations,
  type OutboxEntry,
} from '@/lib/db/schema';

/** What one delivery attempt came to, as the outbox records it. */
export interface DeliveryRecord {
  /** The message's new status: delivered, refused, dead, or pending (to be retried at `next`). */
  status: string;
  /** The attempt's outcome: delivered, refused, retry or gave_up. */
  outcome: string;
  now: Date;
  next: Date | null;
  /** The upstream's code for a failure (kept on the message as its last one). */
  errorCode: string | null;
  /** The code the attempt's history shows: the failure's, or the upstream's success code. */
  attemptCode: string | null;
  error: string | null;
  /** The invoice a delivered notice confirms, marked in the same statement. */
  confirms?: { paymentId: string; invoiceReference: string };
}

/**
 * Records an attempt in one statement, only while the caller's lease on the message holds: the
 * message's status, the attempt in its history and, for a delivered notice, its invoice
 * confirmed. One statement is atomic on its own, and this runs after every upstream call.
 * Returns false when the lease ran out and someone else has the message (their result counts).
 */
export async function recordDelivery(
  db: Db,
  message: OutboxEntry,
  r: DeliveryRecord,
): Promise<boolean> {
  const updated = db
    .update(outboxEntries)
    .set({
      status: r.status,
      attempts: message.attempts + 1,
      firstAttemptAt: message.firstAttemptAt ?? r.now,
      nextAttemptAt: r.next ?? r.now,
      lastCode: r.errorCode,
      lastError: r.error,
      deliveredAt: r.status === 'delivered' ? r.now : null,
      leaseToken: null,
      leaseUntil: null,
    })
    .where(
      and(eq(outboxEntries.id, message.id), eq(outboxEntries.leaseToken, message.leaseToken ?? '')),
    )
    .returning({ id: outboxEntries.id });
  const confirmed = r.confirms
    ? db
        .update(paymentAllocations)
        .set({ insurerConfirmedAt: r.now, inFlight: false })
        .where(
          and(
            eq(paymentAllocations.paymentId, r.confirms.paymentId),
            eq(paymentAllocations.invoiceReference, r.confirms.invoiceReference),
            sql`exists (select 1 from updated)`,
          ),
        )
    : undefined;
  const { rows } = await db.execute<{ recorded: number }>(sql`
    with updated as (${cteBody(updated)}),
      attempt as (
        insert into ${deliveryAttempts} (message_id, at, outcome, code, message, next_attempt_at)
        select id, ${r.now.toISOString()}::timestamptz, ${r.outcome}, ${r.attemptCode}::text,
          ${r.error}::text, ${r.next?.toISOString() ?? null}::timestamptz
        from updated
      ),
      confirmed as (${confirmed ? cteBody(confirmed) : sql`select 1`})
    select count(*)::int as recorded from updated`);
  return rows[0]?.recorded === 1;
}
