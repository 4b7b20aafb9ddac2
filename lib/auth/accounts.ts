import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { uniqueViolation } from '@/lib/db/errors';
import { hashPassword } from '@/lib/passwords';
import { agents, agentSessions, type AgentRole, type AgentRow } from './schema';

/** Agent accounts: created by admins, never deleted (the audit log names them). */

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface NewAgent {
  email: string;
  name: string;
  role: AgentRole;
  password: string;
}

export async function createAgent(
  db: Db,
  input: NewAgent,
): Promise<{ ok: true; agent: AgentRow } | { ok: false; reason: 'email_taken' }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const [agent] = await db
      .insert(agents)
      .values({
        id: randomUUID(),
        email: normalizeEmail(input.email),
        name: input.name.trim(),
        role: input.role,
        passwordHash,
      })
      .returning();
    return { ok: true, agent: agent! };
  } catch (error) {
    if (uniqueViolation(error)) return { ok: false, reason: 'email_taken' };
    throw error;
  }
}

/** An admin account, unless one with that address exists (several instances may race here). */
async function insertAdmin(db: Db, admin: Omit<NewAgent, 'role'>): Promise<boolean> {
  const inserted = await db
    .insert(agents)
    .values({
      id: randomUUID(),
      email: normalizeEmail(admin.email),
      name: admin.name,
      role: 'admin',
      passwordHash: await hashPassword(admin.password),
    })
    .onConflictDoNothing()
    .returning({ id: agents.id });
  return inserted.length > 0;
}

/**
 * The first admin, from configuration, when the database has none. Several instances starting
 * together race on the unique email: the losers' inserts do nothing.
 */
export async function ensureFirstAdmin(db: Db, admin: Omit<NewAgent, 'role'>): Promise<boolean> {
  const [existing] = await db
    .select({ id: agents.id })
    .from(agents)
    .where(eq(agents.role, 'admin'))
    .limit(1);
  if (existing) return false;
  return insertAdmin(db, admin);
}

/**
 * With the sandbox off: accounts known to anyone who read the README (the sandbox's admin, in
 * a database that once ran the sandbox) are disabled and their sessions ended, and the
 * configured admin exists, whatever other admins there are. An existing account of that
 * address is left as it is: its password may have been changed since.
 */
export async function secureAdmins(
  db: Db,
  admin: Omit<NewAgent, 'role'>,
  documented: string[],
): Promise<{ created: boolean; disabled: string[] }> {
  const disabled: string[] = [];
  for (const email of documented.map(normalizeEmail)) {
    if (email === normalizeEmail(admin.email)) continue;
    const agent = await agentByEmail(db, email);
    if (agent && !agent.disabledAt) {
      await setAgentDisabled(db, agent.id, true);
      disabled.push(email);
    }
  }
  if (await agentByEmail(db, admin.email)) return { created: false, disabled };
  return { created: await insertAdmin(db, admin), disabled };
}

export async function agentByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(agents)
    .where(eq(agents.email, normalizeEmail(email)));
  return row;
}

export async function listAgents(db: Db) {
  return db.select().from(agents).orderBy(asc(agents.email));
}

/** Ends every open session of an agent: on disabling and on a password reset. */
export async function revokeAgentSessions(db: Db, agentId: string, now = new Date()) {
  await db
    .update(agentSessions)
    .set({ revokedAt: now })
    .where(and(eq(agentSessions.agentId, agentId), isNull(agentSessions.revokedAt)));
}

export async function setAgentDisabled(db: Db, agentId: string, disabled: boolean) {
  const now = new Date();
  const [row] = await db
    .update(agents)
    .set({ disabledAt: disabled ? sql`coalesce(${agents.disabledAt}, ${now})` : null })
    .where(eq(agents.id, agentId))
    .returning();
  if (row && disabled) await revokeAgentSessions(db, agentId, now);
  return row;
}

export async function resetAgentPassword(db: Db, agentId: string, password: string) {
  const now = new Date();
  const passwordHash = await hashPassword(password);
  const [row] = await db
    .update(agents)
    .set({ passwordHash, passwordChangedAt: now })
    .where(eq(agents.id, agentId))
    .returning();
  if (row) await revokeAgentSessions(db, agentId, now);
  return row;
}
