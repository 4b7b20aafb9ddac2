import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { sql } from 'drizzle-orm';
import { audited } from '../lib/audit/audit';
import { openDatabase, type Db } from '../lib/db/open';
import { recordChargeback, refundPayment } from '../lib/payments/agent-operations';
import { moneyViolations } from '../lib/payments/invariants';
import { syntheticInvoices } from '../lib/sandbox/synthetic';
import {
  freshDatabase,
  openCheckout,
  pay,
  pool,
  sleep,
  startApp,
  stopApp,
  syntheticContract,
  type Instance,
} from './harness';

/**
 * Payments under fire: N concurrent card payments while the sandbox fails 30 % of the insurer's
 * and LOVAT's calls (errors, dropped connections before and after processing, hangs, latency),
 * then three checks once the outbox has drained. Scenarios: one instance; one instance killed
 * with SIGKILL mid-load and restarted; two instances on one PostgreSQL.
 *
 *   npm run chaos                 # 500 payments over 50 connections, every scenario
 *   npm run chaos -- --short      # the test command's quick form
 *
 * Needs PostgreSQL: CHAOS_DATABASE_URL or TEST_DATABASE_URL (scripts/chaos.sh starts one).
 */

const short = process.argv.includes('--short');
const N = Number(process.env.CHAOS_PAYMENTS ?? (short ? 40 : 500));
const C = Number(process.env.CHAOS_CONNECTIONS ?? (short ? 8 : 50));
const adminUrl = process.env.CHAOS_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.error('chaos: set CHAOS_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server.');
  process.exit(2);
}

const APP_ENV = {
  OUTBOX_POLL_MS: '200',
  OUTBOX_RETRY_BASE_MS: '100',
  OUTBOX_RETRY_WINDOW_MS: String(30 * 60_000),
  UPSTREAM_TIMEOUT_MS: '1500',
  RECOVERY_AFTER_MS: '3000',
};

const report: string[] = [];

const FAILURES = ['http500', 'drop', 'drop-after', 'hang', 'malformed'] as const;

/**
 * Changes the faults every second: each call to IPN and LOVAT has a 30 % chance to fail. With
 * `refusals`, every other second the insurer refuses notices for good instead (code 03).
 */
function rotateFaults(base: () => string, refusals = false) {
  let stopped = false;
  let i = 0;
  const loop = (async () => {
    while (!stopped) {
      for (const endpoint of ['enovipn', 'lovat']) {
        const failure = FAILURES[(i + (endpoint === 'lovat' ? 2 : 0)) % FAILURES.length];
        const refuse = refusals && endpoint === 'enovipn' && i % 2 === 0;
        const fault = refuse
          ? { endpoint, failure: 'code', code: '03', rate: 0.3, latencyMs: 20 }
          : { endpoint, failure, rate: 0.3, latencyMs: 20, hangMs: 2500 };
        await fetch(`${base()}/sandbox/api/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(fault),
        }).catch(() => undefined);
      }
      i += 1;
      await sleep(1_000);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await fetch(`${base()}/sandbox/api/faults`, { method: 'DELETE' }).catch(() => undefined);
  };
}

/** A scenario's load, with its instances still running so the outbox can drain. */
interface Ran {
  load: Load;
  stop: () => Promise<void>;
}

interface Load {
  attempts: string[];
  ok: number;
  retries: number;
  ms: number;
}

/** N payments over C connections, spread over the instances; a failed post is retried as is. */
async function drive(instances: () => Instance[], onProgress?: (done: number) => Promise<void>) {
  const load: Load = { attempts: [], ok: 0, retries: 0, ms: 0 };
  const started = performance.now();
  let done = 0;
  await pool(N, C, async (i) => {
    const contract = syntheticContract();
    const attempt = randomUUID();
    load.attempts.push(attempt);
    for (let tries = 0; tries < 60; tries++) {
      const list = instances();
      const app = list[(i + tries) % list.length]!;
      try {
        const form = await openCheckout(app.base, contract);
        await pay(app.base, form, attempt);
        load.ok += 1;
        break;
      } catch {
        // The instance is down or restarting: a customer would try again, with the same attempt.
        load.retries += 1;
        await sleep(250);
      }
    }
    done += 1;
    await onProgress?.(done);
  });
  load.ms = performance.now() - started;
  return load;
}

async function drain(db: Client, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ open: string; pending: string }>(`
      select (select count(*) from payments where state in ('pending','awaiting_approval','authorised','captured')) as open,
             (select count(*) from outbox_messages where status = 'pending') as pending`);
    if (rows[0]!.open === '0' && rows[0]!.pending === '0') return;
    if (Date.now() > deadline) {
      const stuck = await db.query(`
        select p.reference, p.state, m.kind, m.status, m.attempts, m.next_attempt_at, m.lease_until, m.last_error
        from payments p left join outbox_messages m on m.payment_id = p.id and m.status = 'pending'
        where p.state in ('pending','awaiting_approval','authorised','captured') or m.id is not null
        limit 12`);
      throw new Error(
        `not drained: ${JSON.stringify(rows[0])}\n${JSON.stringify(stuck.rows, null, 1)}`,
      );
    }
    await sleep(500);
  }
}

/** The invariants, as SQL over our tables and the sandbox's (they share the database). */
async function check(db: Client, books: Db, attempts: string[]) {
  const q = async (text: string) => (await db.query(text)).rows;
  const problems: string[] = [];
  const counted = (await q('select count(*)::int as n from payments')) as Array<{ n: number }>;
  const paymentCount = counted[0]?.n ?? 0;
  if (paymentCount !== attempts.length)
    problems.push(`${paymentCount} payments for ${attempts.length} checkout attempts`);
  const open = await q(
    `select reference, state from payments where state not in ('confirmed','declined','failed','expired','refunded','charged_back')`,
  );
  if (open.length)
    problems.push(`${open.length} payments not final: ${JSON.stringify(open.slice(0, 5))}`);
  // Applied by the insurer exactly once when our notice was delivered, never otherwise (refused
  // by the insurer, or cancelled by a refund before it went out).
  const ipn = await q(`
    select a.notice_reference, a.amount, m.status, count(n.id) filter (where n.applied) as applied,
           sum(n.montant) filter (where n.applied) as applied_amount
    from payment_allocations a join payments p on p.id = a.payment_id
    join outbox_messages m on m.dedupe_key = 'ipn:' || a.notice_reference
    left join sandbox_enov_notifications n on n.refpaiement = a.notice_reference
    where p.captured_at is not null
    group by a.notice_reference, a.amount, m.status
    having count(n.id) filter (where n.applied) <> (case when m.status = 'delivered' then 1 else 0 end)
      or (m.status = 'delivered' and sum(n.montant) filter (where n.applied) <> a.amount)`);
  if (ipn.length)
    problems.push(
      `${ipn.length} notices not applied exactly as delivered: ${JSON.stringify(ipn.slice(0, 5))}`,
    );
  const lovat = await q(`
    select p.reference, count(r.id) as reports
    from payments p left join sandbox_lovat_reports r
      on r.transaction_id = p.reference and r.status = 'success' and r.fields->>'transaction_sum' = p.amount::text
    where p.captured_at is not null group by p.reference having count(r.id) <> 1`);
  if (lovat.length)
    problems.push(
      `${lovat.length} payments not reported as Success exactly once: ${JSON.stringify(lovat.slice(0, 5))}`,
    );
  const invoices = (await q(`
    select i.reference, i.idcontrat, i.montant_regle,
      coalesce((select sum(a.amount) from payment_allocations a join payments p on p.id = a.payment_id
                where a.invoice_reference = i.reference and p.captured_at is not null
                  and a.insurer_confirmed_at is not null), 0) as ours
    from sandbox_enov_invoices i where i.idcontrat like '9%'`)) as Array<{
    reference: string;
    idcontrat: string;
    montant_regle: number;
    ours: string;
  }>;
  const wrong = invoices.filter((i) => {
    const initial =
      syntheticInvoices(i.idcontrat).find((s) => s.reference === i.reference)?.montantRegle ?? 0;
    return i.montant_regle - initial !== Number(i.ours);
  });
  if (wrong.length)
    problems.push(`${wrong.length} invoices whose paid amount differs from our captures`);
  const doubled = await q(
    `select message_id, count(*) from delivery_attempts where outcome = 'delivered' group by message_id having count(*) > 1`,
  );
  if (doubled.length) problems.push(`${doubled.length} messages delivered more than once by us`);
  const unsent = await q(
    `select kind, status, count(*) from outbox_messages where kind = 'lovat_report' and status <> 'delivered' group by kind, status`,
  );
  if (unsent.length) problems.push(`LOVAT reports not delivered: ${JSON.stringify(unsent)}`);
  problems.push(...(await moneyViolations(books)));
  const [stats] = await q(`
    select (select count(*) from delivery_attempts where outcome <> 'delivered')::int as failed_attempts,
           (select coalesce(sum(repeats), 0) from sandbox_enov_notifications)::int as ipn_repeats,
           (select coalesce(sum(repeats), 0) from sandbox_lovat_reports)::int as lovat_repeats,
           (select count(*) from payments where captured_at is not null)::int as captured`);
  return { problems, stats: stats as Record<string, number> };
}

async function scenario(name: string, run: (dbUrl: string) => Promise<Ran>) {
  const database = await freshDatabase(adminUrl!);
  const db = new Client({ connectionString: database.url });
  const books = openDatabase({ kind: 'postgres', url: database.url });
  try {
    const { load, stop } = await run(database.url);
    await db.connect();
    try {
      await drain(db);
    } finally {
      await stop();
    }
    const { problems, stats } = await check(db, books.db, load.attempts);
    const rate = (load.ok / (load.ms / 1000)).toFixed(1);
    report.push(
      `${problems.length ? 'FAIL' : 'PASS'}  ${name}: ${load.ok}/${N} paid over ${C} connections in ${(load.ms / 1000).toFixed(1)} s (${rate}/s), ` +
        `${load.retries} customer retries, ${stats.failed_attempts} failed deliveries retried, ` +
        `${stats.ipn_repeats} repeated IPNs and ${stats.lovat_repeats} repeated reports absorbed`,
    );
    console.log(report[report.length - 1]);
    for (const p of problems) console.log(`      ${p}`);
    report.push(...problems.map((p) => `  ${p}`));
    return problems.length === 0;
  } finally {
    await db.end().catch(() => undefined);
    await books.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
  }
}

async function oneInstance(dbUrl: string) {
  const app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const stopFaults = rotateFaults(() => app.base);
  const load = await drive(() => [app]).finally(stopFaults);
  return { load, stop: () => stopApp(app) };
}

async function killedMidLoad(dbUrl: string) {
  let app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const port = app.port;
  let live = [app];
  const stopFaults = rotateFaults(() => app.base);
  let killed = false;
  const load = await drive(
    () => live,
    async (done) => {
      if (killed || done < N * 0.4) return;
      killed = true;
      app.child.kill('SIGKILL');
      live = [];
      await sleep(300);
      app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl }, port);
      live = [app];
    },
  ).finally(stopFaults);
  return { load, stop: () => stopApp(app) };
}

async function twoInstances(dbUrl: string) {
  const a = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const b = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const stopFaults = rotateFaults(() => a.base);
  const load = await drive(() => [a, b]).finally(stopFaults);
  return { load, stop: async () => void (await Promise.all([stopApp(a), stopApp(b)])) };
}

/**
 * Agents at work during the load: refunds of one invoice or all, with and without the override
 * for invoices the insurer accepted, and chargebacks, on random captured payments, through the
 * same audited operations as the agents' actions, while the insurer refuses some notices.
 */
function agentsAtWork(dbUrl: string) {
  const handle = openDatabase({ kind: 'postgres', url: dbUrl });
  let stopped = false;
  let done = 0;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await handle.db.execute<{ id: string; invoice: string }>(sql`
        select p.id, (select a.invoice_reference from payment_allocations a where a.payment_id = p.id
                      order by random() limit 1) as invoice
        from payments p where p.state in ('captured', 'confirmed', 'needs_attention')
        order by random() limit 1`);
      const target = rows[0];
      if (target) {
        const roll = Math.random();
        const entry = {
          requestId: randomUUID(),
          actor: { id: 'chaos-agent', email: 'chaos@lalo.test' },
          action: roll < 0.1 ? ('payment.chargeback' as const) : ('payment.refund' as const),
          targetType: 'payment' as const,
          targetId: target.id,
          reason: 'chaos',
        };
        await audited(handle.db, entry, (tx) =>
          roll < 0.1
            ? recordChargeback(tx, target.id)
            : refundPayment(tx, target.id, roll < 0.4 ? 'all' : [target.invoice], {
                overrideInsurer: roll > 0.7,
              }),
        )
          .then((r) => void (r.status === 'done' && (done += 1)))
          .catch((error: unknown) => console.error('chaos agent:', error));
      }
      await sleep(50);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await handle.close();
    return done;
  };
}

async function refundsRaceRefusals(dbUrl: string) {
  const app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const stopFaults = rotateFaults(() => app.base, true);
  const stopAgents = agentsAtWork(dbUrl);
  const load = await drive(() => [app]).finally(stopFaults);
  const operations = await stopAgents();
  console.log(`      ${operations} agent refunds and chargebacks done during the load`);
  return { load, stop: () => stopApp(app) };
}

const SCENARIOS: Array<[string, (dbUrl: string) => Promise<Ran>]> = [
  ['one instance, faults on IPN and LOVAT', oneInstance],
  ['SIGKILL mid-load, then restart', killedMidLoad],
  ['two instances on one PostgreSQL', twoInstances],
  ['agents refund and charge back while the insurer refuses notices', refundsRaceRefusals],
];

async function main() {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const results = [];
  for (const [i, [name, run]] of SCENARIOS.entries())
    if (!only || only.split(',').includes(String(i + 1))) results.push(await scenario(name, run));
  const failed = results.filter((r) => !r).length;
  console.log(`chaos: ${results.length - failed} passed, ${failed} failed`);
  // A full run's figures join the benchmarks (npm run bench appends this file).
  if (!short && !only) {
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`;
    writeFileSync(
      'docs/benchmarks-chaos.md',
      `## Chaos (\`npm run chaos\`, ${new Date().toISOString().slice(0, 10)}, ${machine})\n\n` +
        `${N} card payments over ${C} connections per scenario, 30 % of IPN and LOVAT calls failing.\n\n` +
        report.map((line) => `- ${line}`).join('\n') +
        '\n',
    );
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
