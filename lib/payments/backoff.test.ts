import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, nextAttemptAt, retryDelay } from './backoff';

const noJitter = () => 0.5;

describe('retry backoff', () => {
  it('doubles from 5 s and is capped at an hour', () => {
    expect([1, 2, 3, 4].map((a) => retryDelay(a, DEFAULT_BACKOFF, noJitter))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
    expect(retryDelay(30, DEFAULT_BACKOFF, noJitter)).toBe(3_600_000);
  });

  it('spreads each delay within ±20 %', () => {
    expect(retryDelay(2, DEFAULT_BACKOFF, () => 0)).toBe(8_000);
    expect(retryDelay(2, DEFAULT_BACKOFF, () => 1)).toBe(12_000);
  });

  it('keeps trying for 24 hours, then stops', () => {
    const first = new Date('2026-11-23T00:00:00Z');
    let now = first;
    let attempts = 1;
    for (;;) {
      const next = nextAttemptAt(first, attempts, now, DEFAULT_BACKOFF, noJitter);
      if (!next) break;
      now = next;
      attempts += 1;
    }
    expect(now.getTime() - first.getTime()).toBeLessThanOrEqual(DEFAULT_BACKOFF.windowMs);
    expect(now.getTime() - first.getTime()).toBeGreaterThan(DEFAULT_BACKOFF.windowMs - 3_600_000);
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(40);
  });
});

describe('the end of the retry window', () => {
  const first = new Date('2026-11-23T00:00:00Z');
  const after = (ms: number) => new Date(first.getTime() + ms);
  // With the jitter at its middle, the first attempt's retry comes 5 s after it failed.
  it.each([
    ['well inside the window', 60_000, true],
    ['exactly at its end', DEFAULT_BACKOFF.windowMs - 5_000, true],
    ['1 ms after its end', DEFAULT_BACKOFF.windowMs - 4_999, false],
  ])('a retry falling %s is scheduled: %s', (_when, nowMs, scheduled) => {
    const next = nextAttemptAt(first, 1, after(nowMs), DEFAULT_BACKOFF, noJitter);
    expect(next).toEqual(scheduled ? after(nowMs + 5_000) : null);
  });
});
