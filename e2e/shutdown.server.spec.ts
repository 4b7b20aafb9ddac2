import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { expect, test } from '@playwright/test';
import { openCheckout, pay, syntheticContract } from '../scripts/lib/harness';
import { freePort, startNext, waitHealthy } from '../scripts/lib/next-server';

/**
 * SIGTERM drains the instance (lib/ops/shutdown.ts, docs/operations.md "Restarts"): unready,
 * no new claims, the notice being delivered finished, the database closed, exit 0; or, when
 * the grace period runs out, the notice handed back for another instance and exit 1.
 */

test.describe.configure({ timeout: 120_000 });

interface Server {
  base: string;
  dir: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'lalo-drain-')), 'db');
  const child = startNext(port, { LOG_LEVEL: 'info', PGLITE_DIR: dir, ...env }, 'pipe');
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await waitHealthy(base, { child, output: () => out });
  return { base, dir, child, output: () => out, exited };
}

/** A card payment whose notices to the insurer take `latencyMs` each to be answered. */
async function payWithSlowInsurer(base: string, latencyMs: number) {
  const fault = await fetch(`${base}/sandbox/api/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: 'enovipn', latencyMs }),
  });
  expect(fault.status).toBe(200);
  const contract = syntheticContract();
  await pay(base, await openCheckout(base, contract));
  return contract;
}

const events = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { event?: string } & Record<string, unknown>);

async function notices(dir: string, contract: string) {
  const db = new PGlite(dir);
  try {
    const { rows } = await db.query<{
      status: string;
      lease_token: string | null;
      lease_until: Date | null;
    }>(
      `select o.status, o.lease_token, o.lease_until from outbox_messages o
        join payments p on p.id = o.payment_id
        where p.contract_id = $1 and o.kind = 'enov_ipn'`,
      [contract],
    );
    return rows;
  } finally {
    await db.close();
  }
}

test('SIGTERM: unready at once, the notice in flight delivered, then exit 0', async () => {
  const server = await start({ SHUTDOWN_UNREADY_MS: '1000' });
  try {
    const contract = await payWithSlowInsurer(server.base, 3_000);
    server.child.kill('SIGTERM');
    await expect
      .poll(async () => (await fetch(`${server.base}/api/ready`)).json())
      .toMatchObject({ status: 'draining', draining: true });
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(503);
    // Liveness stays: nothing should kill the process while it finishes.
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);

    expect(await server.exited, server.output()).toBe(0);
    const log = events(server.output());
    const draining = log.find((e) => e.event === 'shutdown.draining');
    expect(draining?.deliveries, server.output()).toBeGreaterThan(0);
    expect(log.find((e) => e.event === 'shutdown.done')).toMatchObject({ exitCode: 0 });

    const rows = await notices(server.dir, contract);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ status: 'delivered', lease_token: null });
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
});

test('SIGTERM with too short a grace period: the notice handed back, exit 1', async () => {
  const server = await start({ SHUTDOWN_GRACE_MS: '1000' });
  try {
    const contract = await payWithSlowInsurer(server.base, 20_000);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited, server.output()).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const expired = events(server.output()).find((e) => e.event === 'shutdown.grace_expired');
    expect(expired?.deliveries, server.output()).toBeGreaterThan(0);

    const rows = await notices(server.dir, contract);
    expect(rows.length).toBeGreaterThan(0);
    expect(expired?.released).toBeGreaterThanOrEqual(rows.length);
    for (const row of rows) {
      expect(row.status).toBe('pending');
      expect(row.lease_token).toBeNull();
      expect(row.lease_until === null || row.lease_until <= new Date()).toBe(true);
    }
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
});

test('a second signal during the drain exits at once', async () => {
  const server = await start({ SHUTDOWN_UNREADY_MS: '30000' });
  try {
    server.child.kill('SIGTERM');
    await expect.poll(async () => (await fetch(`${server.base}/api/ready`)).status).toBe(503);
    // Within a second, a repeated signal is taken for the same one (lib/ops/drain.ts).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(server.child.exitCode).toBeNull();
    server.child.kill('SIGTERM');
    expect(await server.exited, server.output()).toBe(143);
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
});
