import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { auth } from './next-auth';
import type { AgentRole } from './schema';
import { loadSession, type SignedInAgent } from './sessions';

export type { SignedInAgent } from './sessions';

/**
 * The signed-in agent for this request, or null: the cookie must name a live session row of
 * that very agent, still enabled. Cached per request, so a page and its parts read it once.
 */
export const currentAgent = cache(async (): Promise<SignedInAgent | null> => {
  const session = (await auth()) as { sid?: string; user?: { id?: string } } | null;
  const sid = session?.sid;
  const agentId = session?.user?.id;
  if (!sid || !agentId) return null;
  return loadSession(getDb(), sid, agentId, getConfig().auth);
});

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
