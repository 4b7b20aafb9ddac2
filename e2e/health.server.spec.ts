import { expect, test } from '@playwright/test';
import pkg from '../package.json' with { type: 'json' };

test('health route reports the database and the version', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body).toMatchObject({
    status: 'ok',
    version: pkg.version,
    database: { kind: process.env.E2E_DATABASE_URL ? 'postgres' : 'pglite', ok: true },
  });
  expect(typeof body.database.latencyMs).toBe('number');
});
