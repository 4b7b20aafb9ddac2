import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresUrl } from '@/tests/support/databases';
import { freshDatabase, openCheckout, pay, syntheticContract } from '@/scripts/lib/harness';
import { freePort, startNext, waitHealthy } from '@/scripts/lib/next-server';

/**
 * A backup taken while payments wait for upstreams that fail, restored elsewhere: every payment
 * and every notice not yet delivered is found again, and the app starts on the restored copy.
 */

const TOKEN = 'backup-test-token-0123456789abcdef';
const run = promisify(execFile);
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function serve(env: Record<string, string>) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = startNext(port, { LOG_LEVEL: 'error', BACKUP_TOKEN: TOKEN, ...env }, 'ignore');
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  stops.push(stop);
  await waitHealthy(base, { child });
  return { base, stop };
}

/** Payments whose notices and reports cannot be delivered: every upstream call fails. */
async function paymentsWaitingOnUpstreams(base: string) {
  for (const endpoint of ['enovipn', 'lovat']) {
    const set = await fetch(`${base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint, failure: 'http500' }),
    });
    expect(set.status).toBe(200);
  }
  for (let i = 0; i < 3; i++) await pay(base, await openCheckout(base, syntheticContract()));
}

type Query = (text: string) => Promise<Array<Record<string, unknown>>>;

/** What a restore must give back, in a stable order. */
async function contents(query: Query) {
  const payments = await query('select id, state, amount from payments order by id');
  const undelivered = await query(
    "select id, kind, payment_id from outbox_messages where status <> 'delivered' order by id",
  );
  return { payments, undelivered };
}

const script = (what: 'backup' | 'restore', file: string, env: Record<string, string>) =>
  run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/db-backup.ts', what, file], {
    env: { ...process.env, ...env },
  });

describe('backups', () => {
  it('PGlite: copied while the app runs, restored into a new folder, everything is there', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'lalo-backup-'));
    const [original, restored] = [path.join(work, 'a'), path.join(work, 'b')];
    const app = await serve({ PGLITE_DIR: original });
    await paymentsWaitingOnUpstreams(app.base);

    // Closed to anyone without the token.
    expect((await fetch(`${app.base}/api/ops/backup`)).status).toBe(404);
    const wrong = { authorization: 'Bearer not-the-backup-token-at-all-000' };
    expect((await fetch(`${app.base}/api/ops/backup`, { headers: wrong })).status).toBe(404);

    const file = path.join(work, 'backup.tar.gz');
    await script('backup', file, { APP_URL: app.base, BACKUP_TOKEN: TOKEN, PGLITE_DIR: original });
    await app.stop();

    const read = async (dir: string) => {
      const db = new PGlite(dir);
      try {
        return await contents(async (text) => (await db.query(text)).rows as never);
      } finally {
        await db.close();
      }
    };
    const before = await read(original);
    expect(before.payments).toHaveLength(3);
    expect(before.undelivered.length).toBeGreaterThanOrEqual(6);

    await script('restore', file, { PGLITE_DIR: restored });
    expect(await read(restored)).toEqual(before);
    // Never into a database that exists.
    await expect(script('restore', file, { PGLITE_DIR: restored })).rejects.toThrow(/not empty/);

    const again = await serve({ PGLITE_DIR: restored });
    expect((await fetch(`${again.base}/api/health`)).status).toBe(200);
    // Two servers started, payments made, a copy taken and restored: slow on two busy cores.
  }, 240_000);

  it.skipIf(!postgresUrl)(
    'PostgreSQL: pg_dump, restored into an empty database',
    async () => {
      const [source, target] = [
        await freshDatabase(postgresUrl!),
        await freshDatabase(postgresUrl!),
      ];
      stops.push(source.drop, target.drop);
      const app = await serve({ DATABASE_URL: source.url });
      await paymentsWaitingOnUpstreams(app.base);
      // The backup route says to use pg_dump rather than pretend.
      const route = await fetch(`${app.base}/api/ops/backup`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(route.status).toBe(409);

      const file = path.join(mkdtempSync(path.join(tmpdir(), 'lalo-backup-')), 'backup.dump');
      await script('backup', file, { DATABASE_URL: source.url });
      await app.stop();
      await script('restore', file, { DATABASE_URL: target.url });

      const read = async (url: string) => {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          return await contents(async (text) => (await client.query(text)).rows);
        } finally {
          await client.end();
        }
      };
      const before = await read(source.url);
      expect(before.payments).toHaveLength(3);
      expect(before.undelivered.length).toBeGreaterThanOrEqual(6);
      expect(await read(target.url)).toEqual(before);

      const again = await serve({ DATABASE_URL: target.url });
      expect((await fetch(`${again.base}/api/health`)).status).toBe(200);
    },
    240_000,
  );
});
