import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { Client } from 'pg';
import { openDatabase } from '../lib/db/open';
import { check, drain } from './lib/chaos-checks';
import {
  freePort,
  freshDatabase,
  openCheckout,
  pay,
  pool,
  sleep,
  startApp,
  stopApp,
  syntheticContract,
  type CheckoutForm,
  type Instance,
} from './lib/harness';
import { startNginx, UNIT_FILE, unitEnvironment, verifyUnit, type Nginx } from './lib/topology';

/**
 * The deployment of docs/operations.md, run for real: Debian's nginx with the repository's site
 * (deploy/nginx/lalo-paiement.conf) in front of two standalone instances started with the
 * systemd unit's environment (deploy/systemd/lalo-paiement@.service) on one PostgreSQL.
 * Concurrent card payments go through nginx while the insurer and LOVAT fail a quarter of the
 * calls; mid-load one instance gets SIGTERM (it drains and is restarted), then the other
 * SIGKILL (restarted too). Once the outbox has drained, the chaos
 * run's invariants must hold (scripts/lib/chaos-checks.ts): nothing lost, nothing doubled,
 * every payment final, every notice delivered once. Also checked: the request id nginx sends
 * is in the instance's log, with the client's real address behind the proxy, and the
 * Cache-Control nginx passes on (a prerendered page private, the build's files immutable).
 *
 *   NGINX_BIN=/usr/sbin/nginx TEST_DATABASE_URL=postgres://… npx tsx scripts/topology.ts
 */

const N = Number(process.env.TOPOLOGY_PAYMENTS ?? 60);
const C = Number(process.env.TOPOLOGY_CONNECTIONS ?? 8);
const adminUrl = process.env.TEST_DATABASE_URL;
const nginxBin = process.env.NGINX_BIN ?? 'nginx';
// Another loopback address than nginx's own: the one the app must report behind the proxy.
const CLIENT_ADDRESS = '127.0.0.5';

// Short timers, so a lease cut by SIGKILL comes back within the step's time.
const APP_ENV = {
  OUTBOX_LEASE_MS: '10000',
  OUTBOX_POLL_MS: '200',
  OUTBOX_RETRY_BASE_MS: '100',
  UPSTREAM_TIMEOUT_MS: '1500',
  RECOVERY_AFTER_MS: '3000',
  LOG_LEVEL: 'info',
};

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[${elapsed()}] ${line}`);

async function startInstance(dbUrl: string, port: number): Promise<Instance> {
  const unit = unitEnvironment(readFileSync(UNIT_FILE, 'utf8'), port);
  return startApp({ ...APP_ENV, ...unit, DATABASE_URL: dbUrl }, port);
}

interface Load {
  attempts: string[];
  ok: number;
  retries: number;
  statuses: Map<string, number>;
}

/** N payments over C connections through nginx; a failed post is retried with its attempt key. */
async function drive(base: string, onProgress: (done: number) => Promise<void>) {
  const load: Load = { attempts: [], ok: 0, retries: 0, statuses: new Map() };
  let done = 0;
  await pool(N, C, async () => {
    const contract = syntheticContract();
    const attempt = randomUUID();
    load.attempts.push(attempt);
    // A browser keeps the form it got and posts it again: once the first post went through,
    // the invoices are paid (or held) and the checkout page has no form to give any more.
    let form: CheckoutForm | undefined;
    for (let tries = 0; tries < 80; tries++) {
      try {
        form ??= await openCheckout(base, contract);
        await pay(base, form, attempt);
        load.ok += 1;
        break;
      } catch (error) {
        const what = error instanceof Error ? error.message : String(error);
        load.statuses.set(what, (load.statuses.get(what) ?? 0) + 1);
        // What a customer does on an error page: pay again; the same attempt is the same payment.
        load.retries += 1;
        await sleep(250);
      }
    }
    done += 1;
    await onProgress(done);
  });
  return load;
}

/**
 * The upstreams fail too, through nginx (the sandbox keeps its faults in the shared database):
 * a quarter of the insurer's notices are applied and then their connection dropped, a quarter
 * of LOVAT's reports refused with a 500. Returns the undo.
 */
async function upstreamFaults(base: string) {
  const set = (fault: Record<string, unknown>) =>
    fetch(`${base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fault),
    }).then((r) => {
      if (!r.ok) throw new Error(`faults: ${r.status}`);
    });
  await set({ endpoint: 'enovipn', failure: 'drop-after', rate: 0.25, latencyMs: 20 });
  await set({ endpoint: 'lovat', failure: 'http500', rate: 0.25, latencyMs: 20 });
  return () => fetch(`${base}/sandbox/api/faults`, { method: 'DELETE' }).then(() => undefined);
}

/** A GET from CLIENT_ADDRESS that claims another client: returns nginx's request id. */
function getAs(base: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { localAddress: CLIENT_ADDRESS, headers: { 'x-forwarded-for': '203.0.113.66' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(String(res.headers['x-request-id'] ?? '')));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface Line {
  event?: string;
  request_id?: string;
  client?: string;
  path?: string;
}

function linesOf(app: Instance): Line[] {
  return readFileSync(`.tmp/harness/app-${app.port}.log`, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);
}

/** nginx's request id reaches an instance's log, with the address nginx saw as the client. */
async function checkRequestIds(nginx: Nginx, apps: Instance[]): Promise<string[]> {
  const ids = await Promise.all([1, 2, 3, 4].map(() => getAs(nginx.base, '/api/ready')));
  await sleep(300);
  const problems: string[] = [];
  if (ids.some((id) => !/^[0-9a-f]{32}$/.test(id)))
    problems.push(`nginx sent no request id back: ${JSON.stringify(ids)}`);
  const lines = apps.flatMap(linesOf).filter((l) => l.event === 'http.request');
  const nginxLog = readFileSync(nginx.accessLog, 'utf8');
  for (const id of ids) {
    const line = lines.find((l) => l.request_id === id);
    if (!line) problems.push(`request ${id} is in no instance's log`);
    else if (line.client !== CLIENT_ADDRESS)
      problems.push(`request ${id}: the app saw ${line.client}, not the client ${CLIENT_ADDRESS}`);
    if (!nginxLog.includes(`rid=${id}`)) problems.push(`request ${id} is not in nginx's log`);
  }
  return problems;
}

/**
 * What nginx tells caches beyond it: a prerendered page (its language is a cookie, its nonce
 * changes at each restart) kept by none of them, the build's files kept for good.
 */
async function checkCacheHeaders(nginx: Nginx): Promise<string[]> {
  const problems: string[] = [];
  const home = await fetch(`${nginx.base}/`);
  const html = await home.text();
  const homeCache = home.headers.get('cache-control') ?? '';
  if (!/private/.test(homeCache) || /s-maxage/.test(homeCache))
    problems.push(`the home page through nginx says Cache-Control: ${homeCache}`);
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const asset = script ? await fetch(`${nginx.base}${script}`) : undefined;
  await asset?.arrayBuffer();
  const assetCache = asset?.headers.get('cache-control') ?? '';
  if (!/immutable/.test(assetCache))
    problems.push(`a script of the build through nginx says Cache-Control: ${assetCache}`);
  return problems;
}

/** The chaos invariants, and every notice delivered: no refund here cancels one. */
async function checkBooks(dbUrl: string, attempts: string[]) {
  const db = new Client({ connectionString: dbUrl });
  const books = openDatabase({ kind: 'postgres', url: dbUrl });
  await db.connect();
  try {
    await drain(db, 60_000);
    const { problems, stats } = await check(db, books.db, attempts);
    const { rows } = await db.query<{ kind: string; status: string; n: number }>(
      `select kind, status, count(*)::int as n from outbox_messages where status <> 'delivered' group by 1, 2`,
    );
    if (rows.length) problems.push(`messages not delivered: ${JSON.stringify(rows)}`);
    return { problems, stats };
  } finally {
    await db.end();
    await books.close();
  }
}

async function main() {
  if (!adminUrl) throw new Error('topology: set TEST_DATABASE_URL to a PostgreSQL server.');
  const problems: string[] = [];
  const verified = verifyUnit();
  if (verified === null) say(`${UNIT_FILE}: systemd-analyze is not installed, not verified`);
  else if (verified) problems.push(`systemd-analyze verify ${UNIT_FILE}: ${verified}`);
  else say(`${UNIT_FILE}: systemd-analyze verify is clean`);

  const database = await freshDatabase(adminUrl);
  const ports: [number, number] = [await freePort(), await freePort()];
  let apps: Instance[] = [];
  let nginx: Nginx | undefined;
  try {
    apps = await Promise.all(ports.map((p) => startInstance(database.url, p)));
    nginx = await startNginx(nginxBin, await freePort(), ports);
    say(`nginx on ${nginx.base} in front of ${ports.join(' and ')}`);
    problems.push(...(await checkRequestIds(nginx, apps)));
    problems.push(...(await checkCacheHeaders(nginx)));

    const front = nginx.base;
    const clearFaults = await upstreamFaults(front);
    // One fault at a time: the SIGKILL waits until the drained instance is back.
    let phase = 0;
    const load = await drive(front, async (done) => {
      if (phase === 0 && done >= N * 0.3) {
        phase = 0.5;
        say(`${done}/${N} paid: SIGTERM to ${ports[0]}`);
        const t = performance.now();
        // Within the unit's SHUTDOWN_GRACE_MS and TimeoutStopSec, as systemd would wait.
        const exited = new Promise((r) => apps[0]!.child.once('exit', r));
        apps[0]!.child.kill('SIGTERM');
        await Promise.race([exited, sleep(30_000)]);
        say(
          `${ports[0]} drained and exited ${apps[0]!.child.exitCode} in ${Math.round(performance.now() - t)} ms`,
        );
        if (apps[0]!.child.exitCode !== 0)
          problems.push(`the drained instance exited ${apps[0]!.child.exitCode}`);
        apps[0] = await startInstance(database.url, ports[0]);
        say(`${ports[0]} restarted`);
        phase = 1;
      } else if (phase === 1 && done >= N * 0.6) {
        phase = 2;
        say(`${done}/${N} paid: SIGKILL to ${ports[1]}`);
        apps[1]!.child.kill('SIGKILL');
        await sleep(300);
        apps[1] = await startInstance(database.url, ports[1]);
        say(`${ports[1]} restarted`);
      }
    });
    await clearFaults();
    say(
      `${load.ok}/${N} paid over ${C} connections, ${load.retries} customer retries` +
        (load.statuses.size
          ? ` (${[...load.statuses].map(([k, v]) => `${v} × ${k}`).join(', ')})`
          : ''),
    );
    if (load.ok !== N) problems.push(`${N - load.ok} payments never got a receipt`);
    const books = await checkBooks(database.url, load.attempts);
    problems.push(...books.problems);
    say(
      `drained: ${books.stats.captured} captured, ${books.stats.failed_attempts} failed deliveries retried, ` +
        `${books.stats.ipn_repeats} repeated notices absorbed`,
    );
  } finally {
    await nginx?.stop();
    await Promise.all(apps.map((a) => stopApp(a)));
    await database.drop().catch(() => undefined);
  }
  for (const p of problems) console.log(`  FAIL ${p}`);
  say(`topology: ${problems.length ? 'FAIL' : 'PASS'}`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
