import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { cteBody, rowFromJson } from '@/lib/db/cte';
import type { Db } from '@/lib/db/open';
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

/**
 * Writes a new payment with its allocations and its first history row; returns it as stored.
 * One statement (CTEs), so it is atomic without a transaction and costs one round trip where
 * BEGIN, three inserts and COMMIT cost five. Foreign keys are checked at the statement's end.
 */
export async function insertPayment(
  db: Db,
  payment: NewPayment,
  allocations: NewAllocation[],
): Promise<PaymentWithAllocations> {
  const stored = db.insert(payments).values(payment).returning();
  const held = db
    .insert(paymentAllocations)
    .values(allocations.map((a) => ({ ...a, paymentId: payment.id })))
    .returning();
  const event = db
    .insert(paymentEvents)
    .values({ paymentId: payment.id, fromState: null, toState: payment.state });
  const { rows } = await db.execute<{ payment: unknown; allocations: unknown }>(sql`
    with p as (${cteBody(stored)}),
      a as (${cteBody(held)}),
      e as (${cteBody(event)})
    select row_to_json(p) as payment,
      (select json_agg(a order by a.position) from a) as allocations
    from p`);
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as never;
  const row = rowFromJson(payments, json(rows[0]!.payment));
  const allocationRows = (json(rows[0]!.allocations) as Record<string, unknown>[]) ?? [];
  return { ...row, allocations: allocationRows.map((a) => rowFromJson(paymentAllocations, a)) };
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
  const { rows } = await db.execute<{ moved: number }>(sql`
    ${moveStatement(db, id, from, to, patch, note)}
    select count(*)::int as moved from moved`);
  return rows[0]?.moved === 1;
}

/** `with moved as (…), event as (…)`: a move and its history row, for `transition`'s kind. */
function moveStatement(
  db: Db,
  id: string,
  from: PaymentState[],
  to: PaymentState,
  patch: PaymentPatch = {},
  note?: string,
) {
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
  return sql`
    with moved as (${cteBody(moved)}),
      event as (
        insert into ${paymentEvents} (payment_id, from_state, to_state, note)
        select moved.id, moved.state, ${to}, ${note ?? null} from moved
      )`;
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

/** What a capture queues: the fields `captureEntries` and `lovatEntry` give each message. */
type CaptureEntry = Pick<NewOutboxEntry, 'kind' | 'dedupeKey' | 'status' | 'payload'>;

/**
 * The capture and the entries it owes, in one statement: none is lost if we crash, and the
 * entries are queued only when this call moved the payment (they join the `moved` CTE). They
 * are due from the capture's time as this process reads its clock, not the database's `now()`:
 * with microseconds, that could fall after the delivery that follows at once in the same
 * millisecond, which would then leave them for the worker's next poll.
 */
export async function captureWithEntries(
  db: Db,
  id: string,
  capturedAt: Date,
  entries: CaptureEntry[],
): Promise<boolean> {
  const list = entries.map((m) => ({
    kind: m.kind,
    dedupe_key: m.dedupeKey,
    status: m.status,
    payload: m.payload,
  }));
  const { rows } = await db.execute<{ moved: number }>(sql`
    ${moveStatement(db, id, ['authorised'], 'captured', { capturedAt })},
      entries as (
        insert into ${outboxEntries} (payment_id, kind, dedupe_key, status, payload, next_attempt_at)
        select moved.id, e.kind, e.dedupe_key, e.status, e.payload, ${capturedAt.toISOString()}::timestamptz
        from moved, jsonb_to_recordset(${JSON.stringify(list)}::jsonb)
          as e(kind text, dedupe_key text, status text, payload jsonb)
        on conflict do nothing
      )
    select count(*)::int as moved from moved`);
  return rows[0]?.moved === 1;
}

export async function paymentHistory(db: Db, id: string) {
  return db
    .select()
    .from(paymentEvents)
    .where(eq(paymentEvents.paymentId, id))
    .orderBy(asc(paymentEvents.id));
}
