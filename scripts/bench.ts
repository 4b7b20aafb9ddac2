import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';
import sandboxSeed from '../lib/sandbox/seed.json';
import { checkout } from './bench-checkout';
import { rssOf, sampleRss } from './bench-memory';
import { measurePageWeights } from './page-weight';
import { freePort, freshDatabase, sleep, startApp, stopApp, type Instance } from './harness';
import { runLighthouse } from './lighthouse';

/**
 * `npm run bench`: every figure beside its baseline measured in the same run, printed as a
 * table and written to docs/benchmarks.md. No figure is asserted here; budgets on sizes live in
 * the test command.   --quick: shorter runs (the figures are noisier).
 */

const quick = process.argv.includes('--quick');
const DURATION = quick ? 2 : 6;
const CONNECTIONS = [1, 10, 50];
const PAYMENTS = quick ? 60 : 400;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(opts: autocannon.Options): Promise<Run> {
  const result = await autocannon({ duration: DURATION, ...opts });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const seedAccount = sandboxSeed.enov.accounts[0]!;
const CONTRACT = '9000000001';

async function lookups(app: Instance, sandbox: Instance, bareUrl: string) {
  const enovBody = JSON.stringify({
    login: seedAccount.login,
    appkey: seedAccount.appkeys[0]!.appkey,
    password: seedAccount.password,
    idcontrat: CONTRACT,
  });
  const targets: Array<[string, autocannon.Options]> = [
    ['Look-up page (app)', { url: `${app.base}/contrat/${CONTRACT}` }],
    ['Look-up JSON (app)', { url: `${app.base}/api/contracts/${CONTRACT}/invoices` }],
    [
      'Enov sandbox, direct',
      {
        url: `${sandbox.base}/sandbox/enov/api/enovfacture`,
        method: 'POST',
        body: enovBody,
        headers: { 'content-type': 'application/json' },
      },
    ],
    ['Blank page (framework floor)', { url: `${app.base}/sandbox/plancher` }],
    ['Bare Node http (machine ceiling)', { url: bareUrl }],
  ];
  const rows: Array<{ name: string; connections: number } & Run> = [];
  let peak = 0;
  for (const connections of CONNECTIONS) {
    for (const [name, opts] of targets) {
      const stop =
        connections === 50 && name.includes('(app)') ? sampleRss(app.child.pid!) : undefined;
      rows.push({ name, connections, ...(await load({ ...opts, connections })) });
      if (stop) peak = Math.max(peak, stop());
    }
  }
  return { rows, peak };
}

async function addedLatency(app: Instance, sandbox: Instance, enovBody: string) {
  await fetch(`${sandbox.base}/sandbox/api/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: 'enovfacture', latencyMs: 50 }),
  });
  const out = [];
  for (const connections of [1, 10]) {
    const direct = await load({
      url: `${sandbox.base}/sandbox/enov/api/enovfacture`,
      method: 'POST',
      body: enovBody,
      headers: { 'content-type': 'application/json' },
      connections,
    });
    const json = await load({ url: `${app.base}/api/contracts/${CONTRACT}/invoices`, connections });
    const page = await load({ url: `${app.base}/contrat/${CONTRACT}`, connections });
    out.push({ connections, direct: direct.p50, json: json.p50, page: page.p50 });
  }
  await fetch(`${sandbox.base}/sandbox/api/faults`, { method: 'DELETE' });
  return out;
}

/** Card payments through the action, as fast as `connections` customers can, until confirmed. */
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Benchmarks on ${machine}${quick ? ' (quick)' : ''}`);
  const sandbox = await startApp({});
  const upstreams = {
    ENOV_BASE_URL: `${sandbox.base}/sandbox/enov`,
    LOVAT_BASE_URL: `${sandbox.base}/sandbox/lovat`,
    SMS_BASE_URL: `${sandbox.base}/sandbox/sms`,
    OUTBOX_POLL_MS: '100',
  };
  const app = await startApp(upstreams);
  const json = await (await fetch(`${app.base}/api/contracts/${CONTRACT}/invoices`)).text();
  const barePort = await freePort();
  const bare = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(json);
  }).listen(barePort);
  const lines: string[] = [];
  const targets: string[] = [];
  const verdict = (ok: boolean, text: string) =>
    targets.push(`- ${ok ? 'MET' : 'NOT MET'}: ${text}`);
  const out = (s = '') => {
    console.log(s);
    lines.push(s);
  };
  try {
    await sleep(1_000);
    const atRest = rssOf(app.child.pid!);
    const { rows, peak } = await lookups(app, sandbox, `http://localhost:${barePort}/`);
    out('## Contract look-up');
    out();
    out('| Target | Conn. | Req/s | p50 ms | p99 ms | Errors | vs blank page |');
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      const blank = rows.find(
        (b) => b.connections === r.connections && b.name.startsWith('Blank'),
      )!;
      out(
        `| ${r.name} | ${r.connections} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${fmt((r.rps / blank.rps) * 100)} % |`,
      );
    }
    for (const connections of CONNECTIONS) {
      const page = rows.find(
        (r) => r.connections === connections && r.name.startsWith('Look-up page'),
      )!;
      const blank = rows.find((r) => r.connections === connections && r.name.startsWith('Blank'))!;
      const ratio = page.rps / blank.rps;
      verdict(
        ratio >= 0.7,
        `look-up page at ${connections} connection(s): ${fmt(ratio * 100)} % of the blank page's throughput (target 70 %)`,
      );
    }
    const enovBody = JSON.stringify({
      login: seedAccount.login,
      appkey: seedAccount.appkeys[0]!.appkey,
      password: seedAccount.password,
      idcontrat: CONTRACT,
    });
    const latency = await addedLatency(app, sandbox, enovBody);
    out();
    out('## With 50 ms injected into the Enov sandbox (p50, ms)');
    out();
    out(
      '| Conn. | Sandbox direct | App JSON | App page | Added by the app (JSON) | Added (page) |',
    );
    out('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const l of latency)
      verdict(
        l.json - l.direct < 5 && l.page - l.direct < 5,
        `50 ms injected, ${l.connections} connection(s): the app adds ${fmt(l.json - l.direct, 1)} ms (JSON), ${fmt(l.page - l.direct, 1)} ms (page) at p50 (target under 5 ms)`,
      );
    for (const l of latency)
      out(
        `| ${l.connections} | ${l.direct} | ${l.json} | ${l.page} | ${fmt(l.json - l.direct, 1)} | ${fmt(l.page - l.direct, 1)} |`,
      );

    out();
    out('## Checkout, end to end (action → charge → IPN → LOVAT, until confirmed)');
    out();
    out('| Database | Conn. | Payments | Accepted/s | Confirmed/s | p50 ms | p99 ms |');
    out('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const pglite = await checkout(app, 20, PAYMENTS);
    out(
      `| PGlite | 20 | ${pglite.paid} | ${fmt(pglite.acceptedPerS, 1)} | ${fmt(pglite.confirmedPerS, 1)} | ${pglite.p50} | ${pglite.p99} |`,
    );
    const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      const database = await freshDatabase(adminUrl);
      const pgApp = await startApp({ ...upstreams, DATABASE_URL: database.url });
      const db = new Client({ connectionString: database.url });
      await db.connect();
      try {
        const pg = await checkout(pgApp, 20, PAYMENTS, db);
        verdict(
          pg.confirmedPerS >= 100,
          `${fmt(pg.confirmedPerS, 1)} complete payments per second on PostgreSQL (target 100)`,
        );
        out(
          `| PostgreSQL | 20 | ${pg.paid} | ${fmt(pg.acceptedPerS, 1)} | ${fmt(pg.confirmedPerS, 1)} | ${pg.p50} | ${pg.p99} |`,
        );
      } finally {
        await db.end();
        await stopApp(pgApp);
        await database.drop();
      }
    } else out('| PostgreSQL | — | skipped: no BENCH_DATABASE_URL / TEST_DATABASE_URL | | | | |');

    out();
    out('## Memory (resident, MiB)');
    out();
    out(`| At rest | Peak under 50 connections |`);
    out('| ---: | ---: |');
    out(`| ${atRest} | ${peak} |`);
    verdict(peak < 400, `${peak} MiB resident under 50 connections (target under 400 MiB)`);

    const weights = await measurePageWeights(app.base);
    out();
    out('## First-load JavaScript (gzip, kB), measured in Chromium');
    out();
    out('| Page | JS | Above the floor |');
    out('| --- | ---: | ---: |');
    for (const w of weights.pages)
      out(`| ${w.name} | ${fmt(w.kb, 1)} | ${fmt(w.kb - weights.floor, 1)} |`);
    out(`| Floor (blank page) | ${fmt(weights.floor, 1)} | 0 |`);
    for (const w of weights.pages)
      verdict(
        w.kb - weights.floor <= 35,
        `${w.name}: ${fmt(w.kb - weights.floor, 1)} kB above the floor (budget 35 kB, enforced by the test command)`,
      );

    if (!process.argv.includes('--no-lighthouse')) {
      const scores = await runLighthouse(app.base, quick ? 1 : 3);
      out();
      out(`## Lighthouse 12, mobile, median of ${quick ? 1 : 3}`);
      out();
      out('| Page | Performance | Accessibility | Best practices |');
      out('| --- | ---: | ---: | ---: |');
      for (const s of scores) {
        out(`| ${s.name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} |`);
        verdict(
          s.performance >= 95 && s.accessibility === 100 && s.bestPractices === 100,
          `Lighthouse ${s.name}: ${s.performance} / ${s.accessibility} / ${s.bestPractices} (target 95+ / 100 / 100)`,
        );
      }
    }
  } finally {
    bare.close();
    await stopApp(app);
    await stopApp(sandbox);
  }
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
