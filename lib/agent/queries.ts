import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { deliveryAttempts, outboxMessages, paymentAllocations, payments } from '@/lib/db/schema';
import { PAGE_SIZE, type PaymentFilter } from './payment-filter';

/** Read models of the agent area: what a page shows, in as few queries as it needs. */

const DAY_MS = 86_400_000;

/** A message failing right now: given up on, or waiting for a retry after a failure. */
const failingMessage = or(
  eq(outboxMessages.status, 'dead'),
  and(eq(outboxMessages.status, 'pending'), sql`${outboxMessages.attempts} > 0`),
)!;

function paymentConditions(filter: PaymentFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(payments.state, filter.status));
  if (filter.method) where.push(eq(payments.method, filter.method));
  if (filter.from) where.push(gte(payments.createdAt, filter.from));
  if (filter.to) where.push(lt(payments.createdAt, new Date(filter.to.getTime() + DAY_MS)));
  if (filter.contract) where.push(eq(payments.contractId, filter.contract));
  if (filter.q) {
    const byInvoice = sql`exists (select 1 from ${paymentAllocations}
      where ${paymentAllocations.paymentId} = ${payments.id}
        and (upper(${paymentAllocations.invoiceReference}) = ${filter.q}
             or ${paymentAllocations.noticeReference} = ${filter.q}))`;
    where.push(or(eq(payments.reference, filter.q), byInvoice)!);
  }
  if (filter.failing) {
    where.push(
      sql`exists (select 1 from ${outboxMessages}
        where ${outboxMessages.paymentId} = ${payments.id} and ${failingMessage})`,
    );
  }
  return where;
}

export async function searchPayments(db: Db, filter: PaymentFilter, pageSize = PAGE_SIZE) {
  const where = and(...paymentConditions(filter));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(payments)
      .where(where)
      .orderBy(desc(payments.createdAt), desc(payments.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    db.select({ n: count() }).from(payments).where(where),
  ]);
  return { rows, total: total?.n ?? 0, pageSize };
}

/** Every payment the filter matches, oldest first, in batches: the CSV export streams them. */
export async function* allPayments(db: Db, filter: PaymentFilter, batch = 500) {
  const where = paymentConditions(filter);
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const cursor = after
      ? sql`(${payments.createdAt}, ${payments.id}) > (${after.at.toISOString()}::timestamptz, ${after.id})`
      : sql`true`;
    const rows = await db
      .select()
      .from(payments)
      .where(and(...where, cursor))
      .orderBy(asc(payments.createdAt), asc(payments.id))
      .limit(batch);
    if (rows.length === 0) return;
    const refs = await db
      .select({
        paymentId: paymentAllocations.paymentId,
        invoice: paymentAllocations.invoiceReference,
      })
      .from(paymentAllocations)
      .where(
        inArray(
          paymentAllocations.paymentId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(paymentAllocations.position));
    for (const row of rows)
      yield { ...row, invoices: refs.filter((r) => r.paymentId === row.id).map((r) => r.invoice) };
    const last = rows[rows.length - 1]!;
    after = { at: last.createdAt, id: last.id };
  }
}

export function startOfDay(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Monday 00:00 of this week, Abidjan time (UTC+0). */
export function startOfWeek(now: Date) {
  const day = startOfDay(now);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

const CHARGED = ['captured', 'confirmed', 'needs_attention', 'refunded', 'charged_back'];

export async function dashboardFigures(db: Db, now = new Date()) {
  const totals = (since: Date) =>
    db
      .select({ n: count(), amount: sum(payments.amount) })
      .from(payments)
      .where(and(gte(payments.capturedAt, since), inArray(payments.state, CHARGED)));
  const [[today], [week], [attention], [failing]] = await Promise.all([
    totals(startOfDay(now)),
    totals(startOfWeek(now)),
    db.select({ n: count() }).from(payments).where(eq(payments.state, 'needs_attention')),
    db.select({ n: count() }).from(outboxMessages).where(failingMessage),
  ]);
  const figure = (row: { n: number; amount: string | null } | undefined) => ({
    count: row?.n ?? 0,
    amount: Number(row?.amount ?? 0),
  });
  return {
    today: figure(today),
    week: figure(week),
    needsAttention: attention?.n ?? 0,
    failingDeliveries: failing?.n ?? 0,
  };
}

export async function paymentsForContract(db: Db, contractId: string) {
  return db
    .select()
    .from(payments)
    .where(eq(payments.contractId, contractId))
    .orderBy(desc(payments.createdAt))
    .limit(200);
}

/** A payment's messages, each with every attempt to deliver it, oldest first. */
export async function deliveryTimeline(db: Db, paymentId: string) {
  const messages = await db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.paymentId, paymentId))
    .orderBy(asc(outboxMessages.id));
  if (messages.length === 0) return [];
  const attempts = await db
    .select()
    .from(deliveryAttempts)
    .where(
      inArray(
        deliveryAttempts.messageId,
        messages.map((m) => m.id),
      ),
    )
    .orderBy(asc(deliveryAttempts.id));
  return messages.map((m) => ({ ...m, tries: attempts.filter((a) => a.messageId === m.id) }));
}

export type DeliveryTimeline = Awaited<ReturnType<typeof deliveryTimeline>>;
