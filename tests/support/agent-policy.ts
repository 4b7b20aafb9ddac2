/** The sign-in and session rules the auth tests run under: short enough to reach in a test. */
export const agentPolicy = {
  idleMs: 30 * 60_000,
  maxAgeMs: 10 * 3_600_000,
  maxFailures: 3,
  maxClientFailures: 5,
  lockMs: 15 * 60_000,
};
