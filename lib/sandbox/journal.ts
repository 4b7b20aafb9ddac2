import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { sandboxJournal } from './schema';

export const UPSTREAMS = ['enov', 'lovat', 'sms', 'cinetpay'] as const;
export type Upstream = (typeof UPSTREAMS)[number];

export interface JournalEntry {
  upstream: Upstream;
  endpoint: string;
  method: string;
  path: string;
  request: unknown;
  response: { status: number; body: unknown };
  fault?: string;
  note?: string;
}

// The journal is for inspection, not an archive: load tests would otherwise grow it forever.
const KEEP = 5_000;
const PRUNE_EVERY = 200;

export async function recordRequest(db: Db, entry: JournalEntry): Promise<void> {
  const [row] = await db
    .insert(sandboxJournal)
    .values({
      upstream: entry.upstream,
      endpoint: entry.endpoint,
      method: entry.method,
      path: entry.path,
      request: entry.request ?? null,
      responseStatus: entry.response.status,
      responseBody: entry.response.body ?? null,
      fault: entry.fault ?? null,
      note: entry.note ?? null,
    })
    .returning({ id: sandboxJournal.id });
  if (row && row.id % PRUNE_EVERY === 0) {
    await db.delete(sandboxJournal).where(lt(sandboxJournal.id, row.id - KEEP));
  }
}

export interface JournalView {
  id: number;
  at: string;
  upstream: string;
  endpoint: string;
  method: string;
  path: string;
  request: unknown;
  response: { status: number; body: unknown };
  fault: string | null;
  note: string | null;
}

export async function listRequests(
  db: Db,
  filter: { upstream?: Upstream; endpoint?: string; limit?: number } = {},
): Promise<JournalView[]> {
  const conditions = [
    filter.upstream ? eq(sandboxJournal.upstream, filter.upstream) : undefined,
    filter.endpoint ? eq(sandboxJournal.endpoint, filter.endpoint) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select()
    .from(sandboxJournal)
    .where(conditions.length ? and(...conditions) : sql`true`)
    .orderBy(desc(sandboxJournal.id))
    .limit(Math.min(Math.max(filter.limit ?? 50, 1), 1_000));
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    upstream: r.upstream,
    endpoint: r.endpoint,
    method: r.method,
    path: r.path,
    request: r.request,
    response: { status: r.responseStatus, body: r.responseBody },
    fault: r.fault,
    note: r.note,
  }));
}
