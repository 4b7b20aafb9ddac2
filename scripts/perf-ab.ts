import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { timedCheckout } from './lib/bench-checkout';
import { load, CONTRACT } from './lib/bench-lookup';
import { cpuMsOf, rssOf, sampleRss } from './lib/bench-memory';
import { freePort, freshDatabase, sleep, stopApp, type Instance } from './lib/harness';
import { UNLIMITED_CHECKOUTS, waitHealthy } from './lib/next-server';

/**
 * A/B runs of the checkout's CPU and the PGlite app's memory: two (or more) builds of the app,
 * each its own project folder with its own `.next`, taking turns (A, B, A, B…) against one
 * sandbox, so a slow spell of this shared machine weighs on every variant alike.
 *
 *   npx tsx scripts/perf-ab.ts checkout --db pglite --payments 150 --rounds 2 \
 *     --variant base=/tmp/perf-base --variant new=.
 *   npx tsx scripts/perf-ab.ts memory --variant base=/tmp/perf-base \
 *     --variant heap256=.:NODE_OPTIONS=--max-old-space-size=256
 *
 * A variant is `name=folder[:VAR=value[,VAR=value]]`. `--db postgres` needs TEST_DATABASE_URL
 * (scripts/run-with-postgres.sh). `--prof <dir>` starts the apps with --cpu-prof into <dir>.
 */

const args = process.argv.slice(2);
const mode = args[0];
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const variants = args
  .flatMap((a, i) => (a === '--variant' ? [args[i + 1]!] : []))
  .map((spec) => {
    const [name, rest] = spec.split(/=(.*)/s) as [string, string];
    const [dir, envText = ''] = rest.split(/:(.*)/s) as [string, string?];
    const env = Object.fromEntries(
      envText
        .split(',')
        .filter(Boolean)
        .map((kv) => kv.split(/=(.*)/s) as [string, string]),
    );
    return { name, dir: path.resolve(dir), env };
  });
const db = opt('db', 'pglite');
const payments = Number(opt('payments', '150'));
const rounds = Number(opt('rounds', '2'));
const duration = Number(opt('duration', '6'));
const prof = args.includes('--prof') ? path.resolve(opt('prof', '.tmp/prof')) : undefined;
const adminUrl = process.env.TEST_DATABASE_URL;

/** `next start` of the build in `dir` (the harness's startApp, but in any project folder). */
async function startIn(dir: string, env: Record<string, string>, label: string) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  mkdirSync('.tmp/harness', { recursive: true });
  const out = openSync(`.tmp/harness/ab-${port}.log`, 'a');
  // Not allowed in NODE_OPTIONS: on the command line.
  const profiling = prof
    ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, `--cpu-prof-name=${label}.cpuprofile`]
    : [];
  const full: NodeJS.ProcessEnv = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    SANDBOX: 'on',
    ...UNLIMITED_CHECKOUTS,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_MANUAL_SIG_HANDLE: '1',
    PORT: String(port),
    // The address Next takes as its own, which proxy.ts's rewrites are on (internal-origin.ts).
    HOSTNAME: '0.0.0.0',
    APP_URL: base,
    LOG_LEVEL: 'error',
    PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-ab-')), 'db'),
    LOOKUP_RATE_LIMIT: '1000000',
    ...env,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...profiling,
      path.join(dir, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '0.0.0.0',
    ],
    { cwd: dir, env: full, stdio: ['ignore', out, out] },
  );
  await waitHealthy(base, { child });
  return { base, port, child, env: full as Record<string, string> } satisfies Instance;
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function checkoutRuns() {
  const sandboxDb = adminUrl ? await freshDatabase(adminUrl) : undefined;
  const sandbox = await startIn(
    variants[0]!.dir,
    sandboxDb ? { DATABASE_URL: sandboxDb.url } : {},
    'sandbox',
  );
  const upstreams = {
    ENOV_BASE_URL: `${sandbox.base}/sandbox/enov`,
    LOVAT_BASE_URL: `${sandbox.base}/sandbox/lovat`,
    SMS_BASE_URL: `${sandbox.base}/sandbox/sms`,
  };
  const results: Record<string, number[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        const appDb = db === 'postgres' ? await freshDatabase(adminUrl!) : undefined;
        const app = await startIn(
          v.dir,
          { ...upstreams, ...(appDb ? { DATABASE_URL: appDb.url } : {}), ...v.env },
          `${v.name}-${db}-${round}`,
        );
        const client = appDb ? new Client({ connectionString: appDb.url }) : undefined;
        await client?.connect();
        try {
          await sleep(1_000);
          // Warm-up: the first payments compile and fill caches.
          await timedCheckout('warm-up', app, sandbox, 20, client);
          const run = await timedCheckout(v.name, app, sandbox, payments, client);
          results[v.name]!.push(run.cpu.app!);
          console.log(
            `round ${round} ${v.name}: app ${fmt(run.cpu.app!)} ms/payment, sandbox ${fmt(run.cpu.sandbox!)}, ` +
              `pg ${fmt(run.cpu.postgres!)}, confirmed ${fmt(run.confirmedPerS)}/s, paid ${run.paid}`,
          );
        } finally {
          await client?.end();
          await stopApp(app);
          await appDb?.drop();
        }
      }
    }
  } finally {
    await stopApp(sandbox);
    await sandboxDb?.drop();
  }
  const base = median(results[variants[0]!.name]!);
  console.log(
    `\nApp CPU per confirmed payment (${db}, ${payments} payments, median of ${rounds}):`,
  );
  for (const v of variants) {
    const m = median(results[v.name]!);
    console.log(
      `  ${v.name}: ${fmt(m)} ms (runs ${results[v.name]!.map((x) => fmt(x)).join(', ')}), ${fmt((m / base) * 100, 0)} % of ${variants[0]!.name}`,
    );
  }
}

async function memoryRuns() {
  const sandbox = await startIn(variants[0]!.dir, {}, 'sandbox');
  const upstreams = { ENOV_BASE_URL: `${sandbox.base}/sandbox/enov` };
  try {
    for (let round = 0; round < rounds; round++) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        const app = await startIn(v.dir, { ...upstreams, ...v.env }, `${v.name}-mem-${round}`);
        try {
          await (await fetch(`${app.base}/api/contracts/${CONTRACT}/invoices`)).arrayBuffer();
          await sleep(1_000);
          const atRest = rssOf(app.child.pid!);
          const stop = sampleRss(app.child.pid!);
          let requests = 0;
          const cpu0 = cpuMsOf(app.child.pid!);
          for (const url of [`/contrat/${CONTRACT}`, `/api/contracts/${CONTRACT}/invoices`])
            for (const connections of [10, 50])
              requests += (await load({ url: app.base + url, connections }, duration)).requests;
          const peak = stop();
          const cpuPerRequest = (cpuMsOf(app.child.pid!) - cpu0) / requests;
          await sleep(2_000);
          console.log(
            `round ${round} ${v.name}: at rest ${atRest} MiB, peak ${peak} MiB, after ${rssOf(app.child.pid!)} MiB, ${requests} requests, ${fmt(cpuPerRequest)} ms CPU each`,
          );
        } finally {
          await stopApp(app);
        }
      }
    }
  } finally {
    await stopApp(sandbox);
  }
}

(mode === 'memory' ? memoryRuns() : checkoutRuns()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
