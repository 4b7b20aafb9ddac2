import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '@/tests/support/databases';
import { pingDatabase, type DbHandle } from './open';
import { hitRateLimit, pruneRateLimits } from './queries/rate-limit';

describe.each(backends)('data layer on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };

  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });

  it('applies the migrations, and applying them again changes nothing', async () => {
    await handle.migrate();
    const tables = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.rows.map((r) => r.table_name)).toContain('rate_limits');
    await expect(pingDatabase(handle.db)).resolves.toBeUndefined();
  });

  it('counts hits in a window and refuses past the limit', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(handle.db, 'k:a', 3, 60_000, now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.hits).toBe(4);
    expect(results[3]?.resetAt.toISOString()).toBe('2026-11-23T10:01:00.000Z');
  });

  it('starts a new window once the previous one has ended', async () => {
    const t0 = new Date('2026-11-23T11:00:00Z');
    await hitRateLimit(handle.db, 'k:b', 1, 1_000, t0);
    expect((await hitRateLimit(handle.db, 'k:b', 1, 1_000, t0)).allowed).toBe(false);
    const later = new Date(t0.getTime() + 1_000);
    const fresh = await hitRateLimit(handle.db, 'k:b', 1, 1_000, later);
    expect(fresh).toMatchObject({ allowed: true, hits: 1 });
  });

  it('keeps keys apart', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    await hitRateLimit(handle.db, 'k:c', 1, 60_000, now);
    expect((await hitRateLimit(handle.db, 'k:d', 1, 60_000, now)).allowed).toBe(true);
  });

  it('counts concurrent hits exactly', async () => {
    const now = new Date('2026-11-23T13:00:00Z');
    const hits = await Promise.all(
      Array.from({ length: 25 }, () => hitRateLimit(handle.db, 'k:burst', 10, 60_000, now)),
    );
    expect(hits.filter((h) => h.allowed)).toHaveLength(10);
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('prunes only the windows that have ended', async () => {
    const now = new Date('2026-11-23T14:00:00Z');
    await hitRateLimit(handle.db, 'k:old', 5, 1_000, new Date(now.getTime() - 10_000));
    await hitRateLimit(handle.db, 'k:live', 5, 60_000, now);
    const pruned = await pruneRateLimits(handle.db, now);
    expect(pruned).toBeGreaterThanOrEqual(1);
    const left = await handle.db.execute<{ key: string }>(sql`select key from rate_limits`);
    const keys = left.rows.map((r) => r.key);
    expect(keys).toContain('k:live');
    expect(keys).not.toContain('k:old');
  });
});
