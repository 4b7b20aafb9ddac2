import { eq, lt, sql } from 'drizzle-orm';
import { limitName, metrics } from '@/lib/metrics/registry';
import type { Db } from '../open';
import { rateLimits } from '../schema';

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  limit: number;
  /** When the current window ends: the moment to tell a refused client to come back. */
  resetAt: Date;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * One atomic upsert: the row lock taken by ON CONFLICT makes concurrent hits from several
 * instances count exactly, without a read-then-write race.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const [result] = await hitRateLimits(db, [{ key, limit, windowMs }], now);
  return result!;
}

/**
 * `hitRateLimit` for several keys in one upsert, hence one round trip; results in the order
 * given. Rows are locked in key order, so two callers counting the same keys cannot deadlock.
 */
export async function hitRateLimits(
  db: Db,
  hits: ReadonlyArray<{ key: string; limit: number; windowMs: number }>,
  now: Date = new Date(),
): Promise<RateLimitResult[]> {
  const expired = sql`${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz`;
  const sorted = [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await db
    .insert(rateLimits)
    .values(
      sorted.map((h) => ({ key: h.key, hits: 1, resetAt: new Date(now.getTime() + h.windowMs) })),
    )
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
        resetAt: sql`case when ${expired} then excluded.reset_at else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ key: rateLimits.key, hits: rateLimits.hits, resetAt: rateLimits.resetAt });
  return hits.map(({ key, limit }) => {
    const row = rows.find((r) => r.key === key);
    if (!row) throw new Error('rate limit upsert returned no row');
    const allowed = row.hits <= limit;
    if (!allowed) metrics().rateLimitRefusals.inc({ limit: limitName(key) });
    return { allowed, hits: row.hits, limit, resetAt: row.resetAt };
  });
}

/** Forgets windows that have ended; safe to call from any instance at any time. */
export async function pruneRateLimits(db: Db, now: Date = new Date()): Promise<number> {
  const deleted = await db
    .delete(rateLimits)
    .where(lt(rateLimits.resetAt, now))
    .returning({ key: rateLimits.key });
  return deleted.length;
}

/** Hits counted against `key` in its current window, without counting one more. */
export async function peekRateLimit(db: Db, key: string, now: Date = new Date()) {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row || row.resetAt <= now) return { hits: 0, resetAt: now };
  return { hits: row.hits, resetAt: row.resetAt };
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Takes one hit back (a counted attempt that turned out fine); never below zero. */
export async function forgetHit(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(eq(rateLimits.key, key));
}
