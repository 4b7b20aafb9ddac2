import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { openDatabase } from '../lib/db/open';
import { NOTIFY_FAILURES } from '../lib/sandbox/faults-constants';
import { agentsAtWork } from './lib/chaos-agents';
import { check, drain } from './lib/chaos-checks';
import {
  freshDatabase,
  openCheckout,
  pay,
  payOnGuichet,
  pool,
  sleep,
  startApp,
  stopApp,
  syntheticContract,
  type CheckoutForm,
  type Instance,
} from './lib/harness';

/**
 * Payments under fire: N concurrent card payments while the sandbox fails 30 % of the insurer's
 * and LOVAT's calls (errors, dropped connections before and after processing, hangs, latency),
 * then the checks of scripts/lib/chaos-checks.ts once the outbox has drained (nothing lost, nothing
 * doubled, the money's invariants). Scenarios: one instance; one instance killed with SIGKILL
 * mid-load and restarted; two instances on one PostgreSQL; agents refunding and charging back
 * while the insurer refuses notices (scripts/lib/chaos-agents.ts).
 *
 *   npm run chaos                 # 500 payments over 50 connections, every scenario
 *   npm run chaos -- --short      # the test command's quick form
 *
 * Needs PostgreSQL: CHAOS_DATABASE_URL or TEST_DATABASE_URL (`npm run chaos` starts one).
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
  // A SIGKILLed instance's messages come back in seconds, not the default minute.
  OUTBOX_LEASE_MS: '10000',
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
function rotateFaults(base: () => string, refusals = false, cinetpay = false) {
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
      if (cinetpay)
        await fetch(`${base()}/sandbox/api/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            endpoint: 'cinetpay_notify',
            failure: NOTIFY_FAILURES[i % NOTIFY_FAILURES.length],
            rate: 0.4,
            latencyMs: 50,
          }),
        }).catch(() => undefined);
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

type Pay = (base: string, form: CheckoutForm, attempt: string) => Promise<unknown>;

/** N payments over C connections, spread over the instances; a failed post is retried as is. */
async function drive(
  instances: () => Instance[],
  onProgress?: (done: number) => Promise<void>,
  payWith: Pay = pay,
) {
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
        await payWith(app.base, form, attempt);
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

async function refundsRaceRefusals(dbUrl: string) {
  const app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl });
  const stopFaults = rotateFaults(() => app.base, true);
  const stopAgents = agentsAtWork(dbUrl);
  const load = await drive(() => [app]).finally(stopFaults);
  const operations = await stopAgents();
  console.log(`      ${operations} agent refunds and chargebacks done during the load`);
  return { load, stop: () => stopApp(app) };
}

async function onCinetPay(dbUrl: string) {
  const app = await startApp({ ...APP_ENV, DATABASE_URL: dbUrl, PAYMENT_PROCESSOR: 'cinetpay' });
  const stopFaults = rotateFaults(() => app.base, false, true);
  const load = await drive(() => [app], undefined, payOnGuichet).finally(stopFaults);
  return { load, stop: () => stopApp(app) };
}

const SCENARIOS: Array<[string, (dbUrl: string) => Promise<Ran>]> = [
  ['one instance, faults on IPN and LOVAT', oneInstance],
  ['SIGKILL mid-load, then restart', killedMidLoad],
  ['two instances on one PostgreSQL', twoInstances],
  ['agents refund and charge back while the insurer refuses notices', refundsRaceRefusals],
  [
    'CinetPay: notifications with wrong tokens, repeated or never sent; customers return',
    onCinetPay,
  ],
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
