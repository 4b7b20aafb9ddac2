import { insertPaymentRow } from '@/tests/support/money';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chargedTotals, dashboardFigures } from '@/lib/agent/queries';
import type { Db, DbHandle } from '@/lib/db/open';
import { outboxEntries } from '@/lib/db/schema';
import { backends } from '@/tests/support/databases';

const env = vi.hoisted(() => ({
  token: undefined as string | undefined,
  db: undefined as unknown,
  broken: false,
}));
vi.mock('@/lib/config', () => ({
  getConfig: () => ({ metricsToken: env.token, logLevel: 'silent' }),
}));
vi.mock('@/lib/db', () => ({
  getDb: () => {
    if (env.broken) throw new Error('connection refused');
    return env.db;
  },
}));

const { GET } = await import('@/app/api/metrics/route');

const TOKEN = 'scraper-token-0123456789abcdef';
const scrape = (authorization?: string) =>
  GET(new Request('http://app/api/metrics', { headers: authorization ? { authorization } : {} }));

/** The samples of one metric in Prometheus' text format, by their labels. */
function samples(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}(?:\\{(.*)\\})? (\\S+)$`).exec(line);
    if (m) out.set(m[1] ?? '', Number(m[2]));
  }
  return out;
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
/** Twenty minutes ago, or midnight in Abidjan (UTC, all year) if that was yesterday. */
const earlierToday = () => {
  const midnight = new Date();
  midnight.setUTCHours(0, 0, 0, 0);
  return new Date(Math.max(minutesAgo(20).getTime(), midnight.getTime()));
};

const addPayment = (db: Db, state: string, method: string, amount: number, extra = {}) =>
  insertPaymentRow(db, {
    state,
    method,
    amount,
    methodDetail: '-',
    createdAt: minutesAgo(30),
    ...extra,
  });

describe('/api/metrics is closed', () => {
  it('to everyone while METRICS_TOKEN is unset, even with a bearer', async () => {
    env.token = undefined;
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('to a request without the token or with a wrong one', async () => {
    env.token = TOKEN;
    expect((await scrape()).status).toBe(404);
    expect((await scrape(`Bearer ${TOKEN.toUpperCase()}`)).status).toBe(404);
    const refused = await scrape(`Bearer nope`);
    expect(await refused.text()).not.toContain('lalo_');
  });
});

describe.each(backends)('metrics read from the database on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
    env.db = handle.db;
    env.token = TOKEN;
    const db = handle.db;
    // "Today" on the dashboard: a run in the 20 minutes after midnight counted them yesterday.
    const captured = { capturedAt: earlierToday() };
    const a = await addPayment(db, 'confirmed', 'card', 25_000, captured);
    const b = await addPayment(db, 'needs_attention', 'wave', 10_000, captured);
    await addPayment(db, 'refunded', 'card', 5_000, { ...captured, refundedAmount: 5_000 });
    await addPayment(db, 'declined', 'card', 7_000);
    await db.insert(outboxEntries).values([
      {
        paymentId: b,
        kind: 'enov_ipn',
        dedupeKey: randomUUID(),
        payload: {},
        status: 'dead',
        attempts: 9,
      },
      // Failed once, due again for ten minutes: failing, and the oldest due LOVAT message.
      {
        paymentId: a,
        kind: 'lovat_report',
        dedupeKey: randomUUID(),
        payload: {},
        status: 'pending',
        attempts: 1,
        nextAttemptAt: minutesAgo(10),
      },
      // Waiting for its retry in an hour: pending, failing, not due.
      {
        paymentId: a,
        kind: 'receipt_sms',
        dedupeKey: randomUUID(),
        payload: {},
        status: 'pending',
        attempts: 2,
        nextAttemptAt: minutesAgo(-60),
      },
      {
        paymentId: a,
        kind: 'enov_ipn',
        dedupeKey: randomUUID(),
        payload: {},
        status: 'delivered',
        attempts: 1,
      },
    ]);
  });
  afterAll(async () => {
    env.db = undefined;
    await handle?.drop();
  });

  it('answers the scraper in Prometheus’ text format, never cached', async () => {
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    for (const name of [
      'lalo_delivery_attempts_total',
      'lalo_upstream_request_duration_seconds',
      'lalo_rate_limit_refusals_total',
      'lalo_signin_failures_total',
      'lalo_signin_locks_total',
    ])
      expect(text).toContain(`# TYPE ${name}`);
  });

  it('shows what is in the database, as the agents’ dashboard does', async () => {
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const dashboard = await dashboardFigures(handle.db);
    const byState = samples(text, 'lalo_payments');
    expect(byState.get('state="needs_attention",method="wave"')).toBe(1);
    expect(byState.get('state="declined",method="card"')).toBe(1);
    expect(byState.get('state="needs_attention",method="wave"')).toBe(dashboard.needsAttention);
    expect(total(samples(text, 'lalo_outbox_failing_entries'))).toBe(3);
    expect(total(samples(text, 'lalo_outbox_failing_entries'))).toBe(dashboard.failingDeliveries);
    // Every capture is today's: the all-time amount is the dashboard's "today" too.
    expect(total(samples(text, 'lalo_captured_xof'))).toBe(40_000);
    expect(total(samples(text, 'lalo_captured_xof'))).toBe(dashboard.today.amount);
    expect(total(samples(text, 'lalo_captured_payments'))).toBe(dashboard.today.count);
    for (const t of await chargedTotals(handle.db)) {
      expect(samples(text, 'lalo_captured_xof').get(`method="${t.method}"`)).toBe(t.amount);
      expect(samples(text, 'lalo_refunded_xof').get(`method="${t.method}"`)).toBe(t.refunded);
    }
    expect(samples(text, 'lalo_refunded_xof').get('method="card"')).toBe(5_000);
  });

  it('tells due from waiting, and how long the oldest due message has waited', async () => {
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(samples(text, 'lalo_outbox_pending_entries')).toEqual(
      new Map([
        ['upstream="enov"', 0],
        ['upstream="lovat"', 1],
        ['upstream="sms"', 1],
      ]),
    );
    expect(samples(text, 'lalo_outbox_due_entries').get('upstream="sms"')).toBe(0);
    expect(samples(text, 'lalo_outbox_due_entries').get('upstream="lovat"')).toBe(1);
    expect(samples(text, 'lalo_outbox_dead_entries').get('upstream="enov"')).toBe(1);
    const age = samples(text, 'lalo_outbox_oldest_due_age_seconds');
    expect(age.get('upstream="lovat"')).toBeGreaterThanOrEqual(600);
    expect(age.get('upstream="lovat"')).toBeLessThan(700);
    expect(age.get('upstream="sms"')).toBe(0);
  });

  it('reads the database again on every scrape', async () => {
    await addPayment(handle.db, 'needs_attention', 'wave', 1_000, { capturedAt: new Date() });
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(samples(text, 'lalo_payments').get('state="needs_attention",method="wave"')).toBe(2);
    expect((await dashboardFigures(handle.db)).needsAttention).toBe(2);
  });

  it('still answers when the database does not, saying so', async () => {
    env.broken = true;
    try {
      const response = await scrape(`Bearer ${TOKEN}`);
      expect(response.status).toBe(200);
      expect(samples(await response.text(), 'lalo_database_up').get('')).toBe(0);
    } finally {
      env.broken = false;
    }
    const again = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(samples(again, 'lalo_database_up').get('')).toBe(1);
  });
});
