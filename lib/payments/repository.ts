import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import {
  outboxMessages,
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
export type NewMessage = Omit<typeof outboxMessages.$inferInsert, 'paymentId'>;

export interface PaymentWithAllocations extends PaymentRow {
  allocations: PaymentAllocationRow[];
}

export async function insertPayment(db: Db, payment: NewPayment, allocations: NewAllocation[]) {
  await db.transaction(async (tx) => {
    await tx.insert(payments).values(payment);
    await tx
      .insert(paymentAllocations)
      .values(allocations.map((a) => ({ ...a, paymentId: payment.id })));
    await tx
      .insert(paymentEvents)
      .values({ paymentId: payment.id, fromState: null, toState: payment.state });
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

export async function paymentById(db: Db, id: string) {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return withAllocations(db, row);
}

export async function paymentByReceiptToken(db: Db, token: string) {
  const [row] = await db.select().from(payments).where(eq(payments.receiptToken, token));
  return withAllocations(db, row);
}

/**
 * Moves a payment from one of `from` to `to`, only if it is still there: the condition in the
 * UPDATE makes concurrent movers agree on one winner. Returns the updated row, or undefined
 * when another actor moved it first.
 */
export async function transition(
  db: Db,
  id: string,
  from: PaymentState[],
  to: PaymentState,
  patch: Partial<NewPayment> = {},
  note?: string,
): Promise<PaymentRow | undefined> {
  for (const f of from) assertTransition(f, to);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ state: payments.state })
      .from(payments)
      .where(eq(payments.id, id))
      .for('update');
    if (!current || !from.includes(current.state as PaymentState)) return undefined;
    const [row] = await tx
      .update(payments)
      .set({ ...patch, state: to, updatedAt: new Date() })
      .where(eq(payments.id, id))
      .returning();
    await tx
      .insert(paymentEvents)
      .values({ paymentId: id, fromState: current.state, toState: to, note: note ?? null });
    return row;
  });
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

/** The capture and the messages it owes, in one transaction: none is lost if we crash. */
export async function captureWithMessages(db: Db, id: string, messages: NewMessage[]) {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const row = await transition(tx, id, ['authorised'], 'captured', { capturedAt: new Date() });
    if (!row) return undefined;
    await tx
      .insert(outboxMessages)
      .values(messages.map((m) => ({ ...m, paymentId: id })))
      .onConflictDoNothing();
    return row;
  });
}

export async function paymentHistory(db: Db, id: string) {
  return db
    .select()
    .from(paymentEvents)
    .where(eq(paymentEvents.paymentId, id))
    .orderBy(asc(paymentEvents.id));
}
