import { afterEach, describe, expect, it, vi } from 'vitest';
import { setDraining } from './draining';

const db = vi.hoisted(() => ({ up: true }));
vi.mock('@/lib/config', () => ({ getConfig: () => ({ sandbox: true, logLevel: 'silent' }) }));
vi.mock('@/lib/db', () => ({ getDbHandle: () => ({ kind: 'pglite', db: {} }) }));
vi.mock('@/lib/db/open', () => ({
  pingDatabase: async () => {
    if (!db.up) throw new Error('connection refused');
  },
}));

const health = (await import('@/app/api/health/route')).GET;
const ready = (await import('@/app/api/ready/route')).GET;

afterEach(() => {
  db.up = true;
  setDraining(false);
});

describe('liveness (/api/health) and readiness (/api/ready)', () => {
  it('both answer 200 while all is well', async () => {
    expect((await health()).status).toBe(200);
    const r = await ready();
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ready', database: { ok: true } });
  });

  // Restarting cannot bring a database back; restarting every instance at once only hurts.
  it('with the database down: alive (degraded), not ready', async () => {
    db.up = false;
    const h = await health();
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
    const r = await ready();
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ status: 'database_unreachable' });
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('while draining: alive, not ready, and ready again if draining is called off', async () => {
    setDraining();
    expect((await health()).status).toBe(200);
    const r = await ready();
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ status: 'draining', draining: true });
    setDraining(false);
    expect((await ready()).status).toBe(200);
  });
});
