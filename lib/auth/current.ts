import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { auth } from './next-auth';
import type { AgentRole } from './schema';
import { loadSession, sessionRanOut, type SignedInAgent } from './sessions';

export type { SignedInAgent } from './sessions';

/**
 * The signed-in agent for this request, or null: the cookie must name a live session row of
 * that very agent, still enabled. Cached per request, so a page and its parts read it once.
 */
export const currentAgent = cache(async (): Promise<SignedInAgent | null> => {
  const ids = await sessionIds();
  return ids ? loadSession(getDb(), ids.sid, ids.agentId, getConfig().auth) : null;
});

/**
 * For the sign-in page: whether this browser's session cookie names a session that ran out of
 * time (idle or past its absolute end). False on a first visit, after signing out, or when the
 * session was revoked: "your session expired" is said only when it is true.
 */
export async function sessionExpired(): Promise<boolean> {
  if (await currentAgent()) return false;
  const ids = await sessionIds();
  return ids ? sessionRanOut(getDb(), ids.sid, ids.agentId, getConfig().auth) : false;
}

async function sessionIds() {
  const session = (await auth()) as { sid?: string; user?: { id?: string } } | null;
  const sid = session?.sid;
  const agentId = session?.user?.id;
  return sid && agentId ? { sid, agentId } : null;
}

export const hasRole = (agent: SignedInAgent, role: AgentRole) =>
  role === 'agent' || agent.role === 'admin';

/** For pages: signs the visitor in first, and answers 403 to an agent who is not an admin. */
export async function requireAgent(role: AgentRole = 'agent', from?: string) {
  const agent = await currentAgent();
  if (!agent)
    redirect(from ? `/agent/connexion?from=${encodeURIComponent(from)}` : '/agent/connexion');
  if (!hasRole(agent, role)) forbidden();
  return agent;
}
