import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { cteBody } from '@/lib/db/cte';
import { inTransaction, type Db } from '@/lib/db/open';
import {
  outboxEntries,
  paymentAllocations,
  paymentEvents,
  payments,
  type PaymentAllocationRow,
  type PaymentRow,
} from '@/lib/db/schema';
import { assertTransition, type PaymentState } from './state-machine';

/** Payments in the database: every state change checked, conditional and recorded. */

export type NewPayment = typeof payments.$inferInsert;
export type NewAllocation = Omit<typeof paymentAllocations.$inferInsert, 'paymentId'>;
export type NewOutboxEntry = Omit<typeof outboxEntries.$inferInsert, 'paymentId'>;

export interface PaymentWithAllocations extends PaymentRow {
  allocations: PaymentAllocationRow[];
}

/** Writes a new payment with its allocations; returns it as stored. */
export async function insertPayment(
  db: Db,
  payment: NewPayment,
  allocations: NewAllocation[],
): Promise<PaymentWithAllocations> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(payments).values(payment).returning();
    const rows = await tx
      .insert(paymentAllocations)
      .values(allocations.map((a) => ({ ...a, paymentId: payment.id })))
      .returning();
    await tx
      .insert(paymentEvents)
      .values({ paymentId: payment.id, fromState: null, toState: payment.state });
    return { ...row!, allocations: rows.sort((a, b) => a.position - b.position) };
  });
}

async function withAllocations(db: Db, row: PaymentRow | undefined) {
  if (!row) return undefined;
  const allocations = await db
    .select()
    .from(paymentAllocations)
    .where(eq(paymentAllocations.paymentId, row.id))
    .orderBy(asc(paymentAllocations.position));
  return { ...row, allocations };
}

export async function paymentByKey(db: Db, idempotencyKey: string) {
  const [row] = await db.select().from(payments).where(eq(payments.idempotencyKey, idempotencyKey));
  return withAllocations(db, row);
}

/** By our reference: the transaction id a processor knows the payment by. */
export async function paymentByReference(db: Db, reference: string) {
  const [row] = await db.select().from(payments).where(eq(payments.reference, reference));
  return withAllocations(db, row);
}

export async function paymentById(db: Db, id: string) {
  return withAllocations(db, await paymentRow(db, id));
}

/** The payment alone, for callers that do not need its invoices. */
export async function paymentRow(db: Db, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return row;
}

export async function paymentByReceiptToken(db: Db, token: string) {
  const [row] = await db.select().from(payments).where(eq(payments.receiptToken, token));
  return withAllocations(db, row);
}

export type PaymentPatch = PgUpdateSetSource<typeof payments>;

/**
 * Moves a payment from one of `from` to `to`, only if it is still there, and records the move:
 * one statement, so it is atomic without a transaction of its own and costs one round trip.
 * The row lock taken by the UPDATE makes concurrent movers agree on one winner. Returns whether
 * this call moved it (false when another actor moved it first).
 */
export async function transition(
  db: Db,
  id: string,
  from: PaymentState[],
  to: PaymentState,
  patch: PaymentPatch = {},
  note?: string,
): Promise<boolean> {
  for (const f of from) assertTransition(f, to);
  // The state before the move comes from a locked read in the UPDATE's own FROM: a separate
  // CTE would see the statement's snapshot, which a concurrent mover may have changed.
  const previous = db
    .select({ id: payments.id, state: payments.state })
    .from(payments)
    .where(eq(payments.id, id))
    .for('update')
    .as('previous');
  const moved = db
    .update(payments)
    .set({ ...patch, state: to, updatedAt: new Date() })
    .from(previous)
    .where(and(eq(payments.id, previous.id), inArray(previous.state, from)))
    .returning({ id: payments.id, state: previous.state });
  const { rows } = await db.execute<{ moved: number }>(sql`
    with moved as (${cteBody(moved)}),
      event as (
        insert into ${paymentEvents} (payment_id, from_state, to_state, note)
        select moved.id, moved.state, ${to}, ${note ?? null} from moved
      )
    select count(*)::int as moved from moved`);
  return rows[0]?.moved === 1;
}

/** Releases the payment's hold on its invoices, so another payment may start on them. */
export async function releaseInvoices(db: Db, paymentId: string, references?: string[]) {
  await db
    .update(paymentAllocations)
    .set({ inFlight: false })
    .where(
      and(
        eq(paymentAllocations.paymentId, paymentId),
        references ? inArray(paymentAllocations.invoiceReference, references) : sql`true`,
      ),
    );
}

/** The capture and the entries it owes, in one transaction: none is lost if we crash. */
export async function captureWithEntries(
  db: Db,
  id: string,
  capturedAt: Date,
  entries: NewOutboxEntry[],
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if (!(await transition(tx, id, ['authorised'], 'captured', { capturedAt }))) return false;
    await tx
      .insert(outboxEntries)
      .values(entries.map((m) => ({ ...m, paymentId: id })))
      .onConflictDoNothing();
    return true;
  });
}

export async function paymentHistory(db: Db, id: string) {
  return db
    .select()
    .from(paymentEvents)
    .where(eq(paymentEvents.paymentId, id))
    .orderBy(asc(paymentEvents.id));
}
