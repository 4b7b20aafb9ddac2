import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { Client } from 'pg';
import { timedCheckout, type Checkout } from './lib/bench-checkout';
import {
  addedLatency,
  jsonUrl,
  lookups,
  memoryUnderLoad,
  type LookupRow,
} from './lib/bench-lookup';
import { rssOf } from './lib/bench-memory';
import { BUDGET, measurePageWeights } from './lib/page-weight';
import { freePort, freshDatabase, sleep, startApp, stopApp, type Instance } from './lib/harness';
import { runLighthouse } from './lib/lighthouse';

/**
 * `npm run bench`: every figure beside its baseline measured in the same run, printed as a
 * table and written to docs/benchmarks.md. No figure is asserted here; budgets on sizes live in
 * the test command.   --quick: shorter runs (the figures are noisier).
 */

const quick = process.argv.includes('--quick');
const DURATION = quick ? 2 : 6;
const CONNECTIONS = [1, 10, 50];
const PAYMENTS = quick ? 60 : 400;
const LIGHTHOUSE_RUNS = quick ? 1 : 5;
const HOME_JS_TARGET_KB = 10;
const CORES = os.cpus().length;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const lines: string[] = [];
const targets: string[] = [];
const verdict = (ok: boolean, text: string) => targets.push(`- ${ok ? 'MET' : 'NOT MET'}: ${text}`);
const out = (s = '') => {
  console.log(s);
  lines.push(s);
};
function table(title: string, head: string[], rows: Array<Array<string | number>>, note = '') {
  out();
  out(`## ${title}`);
  out();
  if (note) out(`${note}\n`);
  out(`| ${head.join(' | ')} |`);
  out(`| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const r of rows) out(`| ${r.join(' | ')} |`);
}

function reportLookups(rows: LookupRow[]) {
  const blankOf = (c: number) =>
    rows.find((b) => b.connections === c && b.name.startsWith('Blank'))!;
  table(
    'Contract look-up',
    [
      'Target',
      'Conn.',
      'Req/s',
      'p50 ms',
      'p99 ms',
      'Errors',
      'vs blank page',
      'App CPU ms/req',
      'Sandbox CPU ms/req',
    ],
    rows.map((r) => [
      r.name,
      r.connections,
      fmt(r.rps),
      r.p50,
      r.p99,
      r.errors,
      `${fmt((r.rps / blankOf(r.connections).rps) * 100)} %`,
      fmt(r.appCpu, 1),
      fmt(r.sandboxCpu, 1),
    ]),
  );
  for (const connections of CONNECTIONS) {
    const page = rows.find(
      (r) => r.connections === connections && r.name.startsWith('Look-up page'),
    )!;
    const ratio = page.rps / blankOf(connections).rps;
    verdict(
      ratio >= 0.7,
      `look-up page at ${connections} connection(s): ${fmt(ratio * 100)} % of the blank page's throughput (target 70 %)`,
    );
    const of = (prefix: string) =>
      rows.find((r) => r.connections === connections && r.name.startsWith(prefix))!;
    const home = of('Home page').rps / of('Static floor').rps;
    verdict(
      home >= 0.9,
      `home page at ${connections} connection(s): ${fmt(home * 100)} % of the static floor's throughput (target 90 %)`,
    );
  }
}

function reportCheckouts(runs: Checkout[]) {
  table(
    'Checkout, end to end (action → charge → IPN → LOVAT, until confirmed)',
    [
      'Database',
      'Conn.',
      'Payments',
      'Accepted/s',
      'Confirmed/s',
      'p50 ms',
      'p99 ms',
      'CPU ms per payment: app / sandbox / PostgreSQL',
      'CPU ceiling/s',
    ],
    runs.map((r) => {
      const total = r.cpu.app! + r.cpu.sandbox! + r.cpu.postgres!;
      return [
        r.name,
        20,
        r.paid,
        fmt(r.acceptedPerS, 1),
        fmt(r.confirmedPerS, 1),
        r.p50,
        r.p99,
        `${fmt(r.cpu.app!)} / ${fmt(r.cpu.sandbox!)} / ${fmt(r.cpu.postgres!)}`,
        fmt((CORES * 1000) / total),
      ];
    }),
    `"CPU ceiling" is ${CORES} cores divided by the CPU one payment costs the app, the sandbox and PostgreSQL together: the most this machine could confirm per second if nothing else ran (the load generator also runs here). "PostgreSQL" reaches the server over TCP on 127.0.0.1, "Unix socket" through its socket file, as an app on the database's own host would: the same queries, less kernel work per round trip.`,
  );
  for (const pg of runs.filter((r) => r.name.startsWith('PostgreSQL')))
    verdict(
      pg.confirmedPerS >= 100,
      `${fmt(pg.confirmedPerS, 1)} complete payments per second on ${pg.name} (target 100)`,
    );
}

// The test server's socket folder: the same PostgreSQL reached as an app on its host would.
const socketDir = process.env.BENCH_DATABASE_SOCKET_DIR ?? process.env.TEST_DATABASE_SOCKET_DIR;
const overSocket = (url: string) => {
  if (!socketDir) return url;
  const u = new URL(url);
  u.searchParams.set('host', socketDir);
  return u.toString();
};

/** An app on a fresh PostgreSQL database at `adminUrl`'s server, for `task`, then dropped. */
async function onPostgres<T>(
  adminUrl: string,
  upstreams: Record<string, string>,
  task: (app: Instance, db: Client) => Promise<T>,
): Promise<T> {
  const database = await freshDatabase(adminUrl);
  const app = await startApp({ ...upstreams, DATABASE_URL: database.url });
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    await sleep(1_000);
    return await task(app, db);
  } finally {
    await db.end();
    await stopApp(app);
    await database.drop();
  }
}

async function main() {
  const machine = `${CORES} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Benchmarks on ${machine}${quick ? ' (quick)' : ''}`);
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  // The sandbox stands in for two remote services: on PostgreSQL when there is one, so its
  // embedded database does not weigh on the app's figures more than a real upstream would.
  const sandboxDb = adminUrl ? await freshDatabase(overSocket(adminUrl)) : undefined;
  const sandbox = await startApp(sandboxDb ? { DATABASE_URL: sandboxDb.url } : {});
  const upstreams = {
    ENOV_BASE_URL: `${sandbox.base}/sandbox/enov`,
    LOVAT_BASE_URL: `${sandbox.base}/sandbox/lovat`,
    SMS_BASE_URL: `${sandbox.base}/sandbox/sms`,
  };
  const app = await startApp(upstreams);
  const json = await (await fetch(jsonUrl(app))).text();
  const barePort = await freePort();
  const bare = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(json);
  }).listen(barePort);
  try {
    await sleep(1_000);
    const atRest = rssOf(app.child.pid!);
    const { rows, peak } = await lookups(
      app,
      sandbox,
      `http://localhost:${barePort}/`,
      CONNECTIONS,
      DURATION,
    );
    reportLookups(rows);

    const latency = await addedLatency(app, sandbox, DURATION);
    table(
      'With 50 ms injected into the Enov sandbox (p50, ms)',
      [
        'Conn.',
        'Sandbox direct',
        'App JSON',
        'Page: first byte',
        'Page: complete',
        'Added by the app (JSON)',
        'Added (page complete)',
      ],
      latency.map((l) => [
        l.connections,
        l.direct,
        l.json,
        fmt(l.pageFirstByte, 1),
        fmt(l.page, 1),
        fmt(l.json - l.direct, 1),
        fmt(l.page - l.direct, 1),
      ]),
    );
    for (const l of latency) {
      verdict(
        l.pageFirstByte < 50,
        `50 ms injected, ${l.connections} connection(s): the contract page's first byte at ${fmt(l.pageFirstByte, 1)} ms (target under the injected 50 ms: the shell does not wait for Enov)`,
      );
      verdict(
        l.json - l.direct < 5 && l.page - l.direct < 5,
        `50 ms injected, ${l.connections} connection(s): the app adds ${fmt(l.json - l.direct, 1)} ms (JSON), ${fmt(l.page - l.direct, 1)} ms (page, until its invoices) at p50 (target under 5 ms)`,
      );
    }

    const checkouts = [await timedCheckout('PGlite', app, sandbox, PAYMENTS)];
    const memory = [{ name: 'PGlite (default)', atRest, peak }];
    if (adminUrl) {
      const tcp = await onPostgres(adminUrl, upstreams, async (pgApp, db) => {
        memory.push({ name: 'PostgreSQL', ...(await memoryUnderLoad(pgApp, DURATION)) });
        return timedCheckout('PostgreSQL', pgApp, sandbox, PAYMENTS, db);
      });
      checkouts.push(tcp);
      if (socketDir)
        checkouts.push(
          await onPostgres(overSocket(adminUrl), upstreams, (pgApp, db) =>
            timedCheckout('PostgreSQL, Unix socket', pgApp, sandbox, PAYMENTS, db),
          ),
        );
    }
    reportCheckouts(checkouts);
    if (!adminUrl) out('\nPostgreSQL skipped: no BENCH_DATABASE_URL / TEST_DATABASE_URL.');

    table(
      'Memory (resident, MiB)',
      ['Database', 'At rest', 'Peak under 50 connections'],
      memory.map((m) => [m.name, m.atRest, m.peak]),
    );
    for (const m of memory)
      verdict(
        m.peak < 400,
        `${m.name}: ${m.peak} MiB resident under 50 connections (target under 400 MiB)`,
      );

    const weights = await measurePageWeights(app.base);
    table(
      'First visit, measured in Chromium (kB)',
      ['Page', 'JavaScript (gzip)', 'JS above the floor', 'Transferred in all'],
      [
        ...weights.pages.map((w) => [
          w.name,
          fmt(w.js, 1),
          fmt(w.js - weights.floor.js, 1),
          fmt(w.transferred, 1),
        ]),
        ['Floor (blank page)', fmt(weights.floor.js, 1), 0, fmt(weights.floor.transferred, 1)],
      ],
    );
    for (const w of weights.pages) {
      // The target for the home page; the test command's budget for every page.
      const limit = w.name === 'Home' ? HOME_JS_TARGET_KB : BUDGET.jsAboveFloorKb;
      verdict(
        w.js - weights.floor.js <= limit,
        `${w.name}: ${fmt(w.js - weights.floor.js, 1)} kB of JavaScript above the floor (target ${limit} kB)`,
      );
      verdict(
        w.transferred <= BUDGET.transferredKb,
        `${w.name}: ${fmt(w.transferred, 1)} kB transferred on a first visit (budget ${BUDGET.transferredKb} kB, enforced by the test command)`,
      );
    }

    if (!process.argv.includes('--no-lighthouse')) {
      // Its own phase: the loaded app stopped, a fresh one started and left to settle, so
      // nothing of the load runs (their outbox, their garbage) weighs on the scores.
      await stopApp(app);
      const quiet = await startApp(upstreams);
      try {
        await sleep(5_000);
        const scores = await runLighthouse(quiet.base, LIGHTHOUSE_RUNS);
        table(
          `Lighthouse 12, mobile, median of ${LIGHTHOUSE_RUNS}, on a fresh app with no load`,
          ['Page', 'Performance', 'Accessibility', 'Best practices', 'LCP ms', 'TBT ms'],
          scores.map((s) => [
            s.name,
            s.performance,
            s.accessibility,
            s.bestPractices,
            s.lcp,
            s.tbt,
          ]),
        );
        for (const s of scores.filter((x) => !x.name.startsWith('Floor')))
          verdict(
            s.performance >= 95 &&
              s.accessibility === 100 &&
              s.bestPractices === 100 &&
              s.lcp <= 1800 &&
              s.tbt <= 150,
            `Lighthouse ${s.name}: ${s.performance} / ${s.accessibility} / ${s.bestPractices}, LCP ${s.lcp} ms, TBT ${s.tbt} ms (target 95+ / 100 / 100, LCP ≤ 1800 ms, TBT ≤ 150 ms)`,
          );
      } finally {
        await stopApp(quiet);
      }
    }
  } finally {
    bare.close();
    await stopApp(app);
    await stopApp(sandbox);
    await sandboxDb?.drop();
  }
  write(machine);
}

function write(machine: string) {
  const date = new Date().toISOString().slice(0, 10);
  console.log(`\n## Targets\n\n${targets.join('\n')}`);
  const notes = ['docs/benchmarks-chaos.md', 'docs/benchmarks-notes.md']
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  writeFileSync(
    'docs/benchmarks.md',
    `# Benchmarks\n\nMeasured ${date} on ${machine}, by \`npm run bench\`${quick ? ' --quick' : ''}. ` +
      `Every figure is beside its baseline from the same run. Written by the script: edit ` +
      `docs/benchmarks-notes.md for the analysis appended at the end.\n\n## Targets\n\n${targets.join('\n')}\n\n${lines.join('\n')}\n\n${notes}`,
  );
  console.log('\nWritten to docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
