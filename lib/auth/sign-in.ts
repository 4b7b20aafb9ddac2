import type { Db } from '@/lib/db/open';
import {
  clearRateLimit,
  forgetHit,
  hitRateLimit,
  peekRateLimit,
} from '@/lib/db/queries/rate-limit';
import { metrics } from '@/lib/metrics/registry';
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

const DAY_MS = 24 * 60 * 60 * 1000;
const pairKey = (email: string, ip: string) => `signin:pair:${normalizeEmail(email)}:${ip}`;
const strikesKey = (email: string, ip: string) => `signin:strikes:${normalizeEmail(email)}:${ip}`;
const clientKey = (ip: string) => `signin:client:${ip}`;

/**
 * Checks an agent's credentials. Attempts are counted per account *and* client address, and
 * per client address alone, in the shared rate-limit table, before the password is looked at:
 * each count is one atomic upsert, so however many attempts arrive together, at most the limit
 * of passwords is ever checked. An attacker elsewhere locks only their own address out, never
 * the agent; each lock of the same pair within a day doubles the next one.
 */
export async function signInAgent(
  db: Db,
  input: { email: string; password: string; clientIp: string },
  policy: ThrottlePolicy & SessionPolicy,
  now = new Date(),
): Promise<SignInResult> {
  const pair = pairKey(input.email, input.clientIp);
  const strikes = await peekRateLimit(db, strikesKey(input.email, input.clientIp), now);
  const windowMs = Math.min(policy.lockMs * 2 ** strikes.hits, DAY_MS);
  const counts = await Promise.all([
    hitRateLimit(db, pair, policy.maxFailures, windowMs, now),
    hitRateLimit(db, clientKey(input.clientIp), policy.maxClientFailures, policy.lockMs, now),
  ]);
  const refused = counts.filter((c) => !c.allowed);
  if (refused.length > 0) {
    metrics().signInFailures.inc({ reason: 'throttled' });
    // The first refusal of a window is a new lock: it lengthens the next window of this pair.
    if (counts[0].hits === policy.maxFailures + 1) {
      metrics().signInLocks.inc({ scope: 'account_and_address' });
      await hitRateLimit(db, strikesKey(input.email, input.clientIp), 64, DAY_MS, now);
    }
    if (counts[1].hits === policy.maxClientFailures + 1)
      metrics().signInLocks.inc({ scope: 'address' });
    const until = Math.max(...refused.map((c) => c.resetAt.getTime()));
    return {
      ok: false,
      reason: 'throttled',
      retryAfterS: Math.ceil((until - now.getTime()) / 1000),
    };
  }
  const agent = await agentByEmail(db, input.email);
  const passwordOk = await verifyPassword(input.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !passwordOk || agent.disabledAt) {
    metrics().signInFailures.inc({ reason: 'invalid' });
    return { ok: false, reason: 'invalid' };
  }
  // A success is no failure: the pair starts afresh, and the client's count gives it back.
  await clearRateLimit(db, pair);
  await forgetHit(db, clientKey(input.clientIp));
  const sessionId = await openSession(db, agent.id, policy, input.clientIp, now);
  return { ok: true, agentId: agent.id, sessionId };
}
