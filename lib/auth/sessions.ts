import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { agents, agentSessions, type AgentRow, type AgentSessionRow } from './schema';

export interface SessionPolicy {
  /** A session unused this long ends (a forgotten, unlocked screen). */
  idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  maxAgeMs: number;
}

/** What the app knows of the signed-in agent: never the password hash. */
export interface SignedInAgent {
  id: string;
  email: string;
  name: string;
  role: AgentRow['role'];
  sessionId: string;
}

// Writing last_seen on every request would make each page view a write; a minute is precise
// enough for a 30-minute idle limit.
const TOUCH_EVERY_MS = 60_000;

export async function openSession(
  db: Db,
  agentId: string,
  policy: SessionPolicy,
  clientIp: string | null,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.insert(agentSessions).values({
    id,
    agentId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxAgeMs),
    clientIp,
  });
  return id;
}

export type SessionVerdict = 'valid' | 'revoked' | 'expired' | 'idle' | 'disabled';

/** Pure: whether a stored session still lets its agent in at `now`. */
export function judgeSession(
  session: Pick<AgentSessionRow, 'revokedAt' | 'expiresAt' | 'lastSeenAt'>,
  agent: Pick<AgentRow, 'disabledAt'>,
  policy: SessionPolicy,
  now: Date,
): SessionVerdict {
  if (session.revokedAt) return 'revoked';
  if (agent.disabledAt) return 'disabled';
  if (now >= session.expiresAt) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= policy.idleMs) return 'idle';
  return 'valid';
}

/**
 * Pure: whether a session that no longer lets its agent in ran out of time (unused too long, or
 * past its absolute end) rather than being closed (signed out, revoked, agent disabled). A
 * session found out of time is revoked at that moment, so its revocation time tells which.
 */
export function ranOutOfTime(
  session: Pick<AgentSessionRow, 'revokedAt' | 'expiresAt' | 'lastSeenAt'>,
  agent: Pick<AgentRow, 'disabledAt'>,
  policy: SessionPolicy,
  now: Date,
): boolean {
  if (agent.disabledAt) return false;
  const endedAt = session.revokedAt ?? now;
  return (
    endedAt >= session.expiresAt ||
    endedAt.getTime() - session.lastSeenAt.getTime() >= policy.idleMs
  );
}

/** Whether the session `sessionId` of `agentId` existed and ran out of time (see above). */
export async function sessionRanOut(
  db: Db,
  sessionId: string,
  agentId: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<boolean> {
  const [row] = await db
    .select({ session: agentSessions, agent: agents })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.id, sessionId), eq(agentSessions.agentId, agentId)));
  return row ? ranOutOfTime(row.session, row.agent, policy, now) : false;
}

/**
 * The agent behind a session id, read from the database on every request: a revoked session,
 * a disabled agent or a reset password locks out at once, whatever the cookie still says.
 */
export async function loadSession(
  db: Db,
  sessionId: string,
  agentId: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SignedInAgent | null> {
  const [row] = await db
    .select({ session: agentSessions, agent: agents })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.id, sessionId), eq(agentSessions.agentId, agentId)));
  if (!row) return null;
  const verdict = judgeSession(row.session, row.agent, policy, now);
  if (verdict !== 'valid') {
    if (verdict !== 'revoked') await revokeSession(db, sessionId, now);
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.update(agentSessions).set({ lastSeenAt: now }).where(eq(agentSessions.id, sessionId));
  }
  const { id, email, name, role } = row.agent;
  return { id, email, name, role, sessionId };
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()) {
  await db
    .update(agentSessions)
    .set({ revokedAt: now })
    .where(and(eq(agentSessions.id, sessionId), isNull(agentSessions.revokedAt)));
}

/** Forgets sessions that ended (expired or revoked) before `before`: they open nothing. */
export async function pruneSessions(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(agentSessions)
    .where(or(lt(agentSessions.expiresAt, before), lt(agentSessions.revokedAt, before)))
    .returning({ id: agentSessions.id });
  return deleted.length;
}
