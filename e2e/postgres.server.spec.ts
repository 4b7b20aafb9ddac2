import { Client } from 'pg';
import { expect, test } from '@playwright/test';
import { spawnServer } from './spawn-server';

/**
 * The production server on real PostgreSQL, two instances at once on one database: both migrate
 * and seed without stepping on each other, and the sandbox's state is shared between them.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

test.skip(!serverUrl, 'needs the PostgreSQL server the test command starts');

test('two instances on one PostgreSQL share one migrated, seeded sandbox', async () => {
  const name = `e2e_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const [a, b] = await Promise.all([
    spawnServer({ DATABASE_URL: url.toString() }),
    spawnServer({ DATABASE_URL: url.toString() }),
  ]);
  try {
    for (const instance of [a, b]) {
      await expect
        .poll(
          () =>
            fetch(`${instance.base}/api/health`)
              .then((r) => r.json())
              .catch(() => null),
          { timeout: 90_000 },
        )
        .toMatchObject({ status: 'ok', database: { kind: 'postgres', ok: true } });
    }
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    const accounts = await db.query('select count(*)::int as n from sandbox_enov_accounts');
    await db.end();
    expect(accounts.rows[0].n).toBe(1);

    // A fault set through one instance is applied by the other.
    const set = await fetch(`${a.base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'enovfacture', failure: 'code', code: '-2' }),
    });
    expect(set.status).toBe(200);
    const answer = await fetch(`${b.base}/sandbox/enov/api/enovfacture`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        login: 'demo-psp',
        appkey: 'ak_sandbox_7f3c2a9d51e84b6c',
        password: 'demo-password',
        idcontrat: '2019004512',
      }),
    });
    expect(await answer.json()).toMatchObject({ code: '-2' });
    const journal = await (await fetch(`${a.base}/sandbox/api/requests?limit=1`)).json();
    expect(journal.requests[0]).toMatchObject({ endpoint: 'enovfacture', fault: 'code' });
  } finally {
    a.stop();
    b.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
