import { Gauge, type Registry } from 'prom-client';
import { chargedTotals, outboxBacklog, paymentCounts } from '@/lib/agent/queries';
import type { Db } from '@/lib/db/open';

/**
 * Metrics that describe the database, read from it at scrape time with the queries the agents'
 * dashboard uses: every instance reports the same shared figures, never a per-process share.
 */

type Snapshot = Awaited<ReturnType<typeof readSnapshot>>;

async function readSnapshot(db: Db, now: Date) {
  const [payments, charged, outbox] = await Promise.all([
    paymentCounts(db),
    chargedTotals(db),
    outboxBacklog(db, now),
  ]);
  return { payments, charged, outbox };
}

const UPSTREAMS = ['enov', 'lovat', 'sms'];
const EMPTY: Snapshot = { payments: [], charged: [], outbox: [] };

/**
 * Adds the database gauges to `registry`. Call `refresh()` before each scrape: the gauges'
 * collect() callbacks (called together by prom-client) then share that one read of `db()`.
 */
export function registerDatabaseMetrics(registry: Registry, db: () => Db) {
  const registers = [registry];
  let up = 1;
  const read = () =>
    Promise.resolve()
      .then(() => readSnapshot(db(), new Date()))
      .then((s) => ((up = 1), s))
      .catch(() => ((up = 0), EMPTY));
  let reading: Promise<Snapshot> | undefined;
  const snapshot = () => (reading ??= read());

  function gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    fill: (s: Snapshot, set: (labels: Record<L, string>, value: number) => void) => void,
  ) {
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        const s = await snapshot();
        this.reset();
        fill(s, (labels, value) => this.set(labels, value));
      },
    });
  }

  gauge('lalo_payments', 'Payments by state and method.', ['state', 'method'], (s, set) => {
    for (const p of s.payments) set({ state: p.state, method: p.method }, p.count);
  });
  gauge(
    'lalo_captured_payments',
    'Payments whose money was taken, by method.',
    ['method'],
    (s, set) => {
      for (const c of s.charged) set({ method: c.method }, c.count);
    },
  );
  gauge(
    'lalo_captured_xof',
    'Amount taken, in XOF, by method (refunds not deducted).',
    ['method'],
    (s, set) => {
      for (const c of s.charged) set({ method: c.method }, c.amount);
    },
  );
  gauge(
    'lalo_refunded_xof',
    'Amount given back by refunds, in XOF, by method.',
    ['method'],
    (s, set) => {
      for (const c of s.charged) set({ method: c.method }, c.refunded);
    },
  );
  gauge(
    'lalo_charged_back_xof',
    'Amount lost to chargebacks, in XOF, by method.',
    ['method'],
    (s, set) => {
      for (const c of s.charged) set({ method: c.method }, c.chargedBack);
    },
  );
  // Every upstream has a series, 0 when nothing is open for it: a graph without gaps.
  const perUpstream = (s: Snapshot, value: (o: Snapshot['outbox'][number]) => number) => {
    const values = new Map<string, number>(UPSTREAMS.map((u) => [u, 0]));
    for (const o of s.outbox) values.set(o.upstream, value(o));
    return values;
  };
  const outbox = (field: 'pending' | 'due' | 'failing' | 'dead', help: string) =>
    gauge(`lalo_outbox_${field}_entries`, help, ['upstream'], (s, set) => {
      for (const [upstream, v] of perUpstream(s, (o) => o[field])) set({ upstream }, v);
    });
  outbox('pending', 'Outbox entries not yet delivered (due or waiting for a retry), by upstream.');
  outbox('due', 'Outbox entries due for delivery now, by upstream.');
  outbox(
    'failing',
    'Outbox entries failing right now (retrying after a failure, or given up), by upstream.',
  );
  outbox('dead', 'Outbox entries given up on, waiting for an agent, by upstream.');
  gauge(
    'lalo_outbox_oldest_due_age_seconds',
    'How long the oldest due outbox entry has been due, by upstream (0 when none is).',
    ['upstream'],
    (s, set) => {
      for (const [upstream, v] of perUpstream(s, (o) => o.oldestDueAgeS)) set({ upstream }, v);
    },
  );
  new Gauge({
    name: 'lalo_database_up',
    help: '1 when the last scrape could read the database, 0 when it could not.',
    registers,
    async collect() {
      await snapshot();
      this.set(up);
    },
  });
  return {
    refresh() {
      reading = read();
    },
  };
}
