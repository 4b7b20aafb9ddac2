'use server';

import { redirect } from 'next/navigation';
import { currentAgent } from '@/lib/auth/current';
import { signOut } from '@/lib/auth/next-auth';
import { revokeSession } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db';

/** Ends the session in the database first: a copy of the cookie is worthless afterwards. */
export async function signOutAgentAction(): Promise<void> {
  const agent = await currentAgent();
  if (agent) await revokeSession(getDb(), agent.sessionId);
  await signOut({ redirect: false });
  redirect('/agent/connexion?signedOut=1');
}
