/**
 * When to try a failed delivery again: exponential backoff with jitter, within a total window
 * (24 hours by default), after which the payment needs an agent.
 */
export interface BackoffPolicy {
  /** Delay before the second attempt. */
  baseMs: number;
  factor: number;
  maxDelayMs: number;
  /** Time from the first attempt after which no attempt is scheduled any more. */
  windowMs: number;
  /** 0 to 1: the share of each delay that is randomised, so retries from many payments spread. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 5_000,
  factor: 2,
  maxDelayMs: 60 * 60 * 1000,
  windowMs: 24 * 60 * 60 * 1000,
  jitter: 0.2,
};

/** The delay after attempt number `attempt` (1 = the first attempt failed). */
export function retryDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const exponential = policy.baseMs * policy.factor ** Math.max(0, attempt - 1);
  const capped = Math.min(exponential, policy.maxDelayMs);
  const spread = capped * policy.jitter;
  return Math.round(capped - spread + random() * spread * 2);
}

/** When to try next, or null when the window is over and the message must go to an agent. */
export function nextAttemptAt(
  firstAttemptAt: Date,
  attempt: number,
  now: Date,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): Date | null {
  const at = new Date(now.getTime() + retryDelay(attempt, policy, random));
  return at.getTime() - firstAttemptAt.getTime() > policy.windowMs ? null : at;
}
