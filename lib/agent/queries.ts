import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  or,
  sql,
  sum,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { deliveryAttempts, outboxEntries, paymentAllocations, payments } from '@/lib/db/schema';
import { PAGE_SIZE, type PaymentFilter } from './payment-filter';

/** Read models of the agent area: what a page shows, in as few queries as it needs. */

const DAY_MS = 86_400_000;

/** A message failing right now: given up on, or waiting for a retry after a failure. */
const failingEntry = or(
  eq(outboxEntries.status, 'dead'),
  and(eq(outboxEntries.status, 'pending'), sql`${outboxEntries.attempts} > 0`),
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
      sql`exists (select 1 from ${outboxEntries}
        where ${outboxEntries.paymentId} = ${payments.id} and ${failingEntry})`,
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

/*
 * The figures below feed both the agents' dashboard and /api/metrics (lib/metrics/database.ts):
 * one query each, so the two can never disagree.
 */

/** Payments by state and method. */
export async function paymentCounts(db: Db) {
  return db
    .select({ state: payments.state, method: payments.method, count: count() })
    .from(payments)
    .groupBy(payments.state, payments.method);
}

/** Money taken by method, ever or since a moment: payments, amount, refunded, charged back. */
export async function chargedTotals(db: Db, since?: Date) {
  const rows = await db
    .select({
      method: payments.method,
      count: count(),
      amount: sum(payments.amount),
      refunded: sum(payments.refundedAmount),
      chargedBack: sum(payments.chargedBackAmount),
    })
    .from(payments)
    .where(
      and(
        since ? gte(payments.capturedAt, since) : isNotNull(payments.capturedAt),
        inArray(payments.state, CHARGED),
      ),
    )
    .groupBy(payments.method);
  return rows.map((r) => ({
    method: r.method,
    count: r.count,
    amount: Number(r.amount ?? 0),
    refunded: Number(r.refunded ?? 0),
    chargedBack: Number(r.chargedBack ?? 0),
  }));
}

// Literal SQL, so the expression grouped by is the one selected (no bound parameters).
const UPSTREAM_OF_KIND = sql.raw(
  `case kind when 'enov_ipn' then 'enov' when 'receipt_sms' then 'sms' else 'lovat' end`,
);

/**
 * The outbox per upstream, open entries only (the index on status keeps this cheap however
 * many were delivered): waiting, due now, failing (as the dashboard counts), given up, and
 * when the oldest due message fell due.
 */
export async function outboxBacklog(db: Db, now = new Date()) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const isDue = sql`${outboxEntries.status} = 'pending' and ${outboxEntries.nextAttemptAt} <= ${at}`;
  const rows = await db
    .select({
      upstream: sql<string>`${UPSTREAM_OF_KIND}`,
      pending: sql`count(*) filter (where ${outboxEntries.status} = 'pending')`.mapWith(Number),
      due: sql`count(*) filter (where ${isDue})`.mapWith(Number),
      failing: sql`count(*) filter (where ${failingEntry})`.mapWith(Number),
      dead: sql`count(*) filter (where ${outboxEntries.status} = 'dead')`.mapWith(Number),
      oldestDue: sql<string | null>`min(${outboxEntries.nextAttemptAt}) filter (where ${isDue})`,
    })
    .from(outboxEntries)
    .where(inArray(outboxEntries.status, ['pending', 'dead']))
    .groupBy(sql`1`);
  return rows.map((r) => ({
    ...r,
    oldestDueAgeS: r.oldestDue
      ? Math.max(0, (now.getTime() - new Date(r.oldestDue).getTime()) / 1000)
      : 0,
  }));
}

export async function dashboardFigures(db: Db, now = new Date()) {
  const [today, week, counts, backlog] = await Promise.all([
    chargedTotals(db, startOfDay(now)),
    chargedTotals(db, startOfWeek(now)),
    paymentCounts(db),
    outboxBacklog(db, now),
  ]);
  const figure = (rows: Array<{ count: number; amount: number }>) => ({
    count: rows.reduce((n, r) => n + r.count, 0),
    amount: rows.reduce((n, r) => n + r.amount, 0),
  });
  return {
    today: figure(today),
    week: figure(week),
    needsAttention: counts
      .filter((c) => c.state === 'needs_attention')
      .reduce((n, c) => n + c.count, 0),
    failingDeliveries: backlog.reduce((n, b) => n + b.failing, 0),
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

/** A payment's entries, each with every attempt to deliver it, oldest first. */
export async function deliveryTimeline(db: Db, paymentId: string) {
  const entries = await db
    .select()
    .from(outboxEntries)
    .where(eq(outboxEntries.paymentId, paymentId))
    .orderBy(asc(outboxEntries.id));
  if (entries.length === 0) return [];
  const attempts = await db
    .select()
    .from(deliveryAttempts)
    .where(
      inArray(
        deliveryAttempts.entryId,
        entries.map((m) => m.id),
      ),
    )
    .orderBy(asc(deliveryAttempts.id));
  return entries.map((m) => ({ ...m, tries: attempts.filter((a) => a.entryId === m.id) }));
}

export type DeliveryTimeline = Awaited<ReturnType<typeof deliveryTimeline>>;
