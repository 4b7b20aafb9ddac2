import type { Db } from '@/lib/db/open';
import { clearRateLimit, hitRateLimit, peekRateLimit } from '@/lib/db/queries/rate-limit';
import { verifyPassword } from '@/lib/passwords';
import { agentByEmail, normalizeEmail } from './accounts';
import { openSession, type SessionPolicy } from './sessions';

export interface ThrottlePolicy {
  maxFailures: number;
  maxClientFailures: number;
  lockMs: number;
}

export type SignInResult =
  | { ok: true; agentId: string; sessionId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

// Verified when the account does not exist, so an unknown address takes as long as a wrong
// password and the timing does not tell which accounts exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$X5S+BnHsVfppfQsLDcY9tb/X93Clot4dWetF336Dk/M';

const accountKey = (email: string) => `signin:account:${normalizeEmail(email)}`;
const clientKey = (ip: string) => `signin:client:${ip}`;

/**
 * Checks an agent's credentials. Failures are counted per account and per client address in the
 * shared rate-limit table, so the limit holds across instances; once either is reached, every
 * attempt is refused without looking at the password until the window ends.
 */
export async function signInAgent(
  db: Db,
  input: { email: string; password: string; clientIp: string },
  policy: ThrottlePolicy & SessionPolicy,
  now = new Date(),
): Promise<SignInResult> {
  const [account, client] = await Promise.all([
    peekRateLimit(db, accountKey(input.email), now),
    peekRateLimit(db, clientKey(input.clientIp), now),
  ]);
  const locked = [
    account.hits >= policy.maxFailures ? account.resetAt : null,
    client.hits >= policy.maxClientFailures ? client.resetAt : null,
  ].filter((d): d is Date => d !== null);
  if (locked.length > 0) {
    const until = Math.max(...locked.map((d) => d.getTime()));
    return {
      ok: false,
      reason: 'throttled',
      retryAfterS: Math.ceil((until - now.getTime()) / 1000),
    };
  }
  const agent = await agentByEmail(db, input.email);
  const passwordOk = await verifyPassword(input.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !passwordOk || agent.disabledAt) {
    await hitRateLimit(db, accountKey(input.email), policy.maxFailures, policy.lockMs, now);
    await hitRateLimit(db, clientKey(input.clientIp), policy.maxClientFailures, policy.lockMs, now);
    return { ok: false, reason: 'invalid' };
  }
  await clearRateLimit(db, accountKey(input.email));
  const sessionId = await openSession(db, agent.id, policy, input.clientIp, now);
  return { ok: true, agentId: agent.id, sessionId };
}
