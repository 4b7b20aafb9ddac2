import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const compare = vi.hoisted(() => ({ calls: [] as Array<[number, number]> }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compare.calls.push([a.byteLength, b.byteLength]);
      return actual.timingSafeEqual(a, b);
    },
  };
});

const { bearerTokenMatches } = await import('./bearer-token');

const TOKEN = 'metrics-token-0123456789abcdef';

describe('a route closed to all but the bearer of its token (metrics, backups)', () => {
  it('nobody while no token is configured, whatever they send', () => {
    expect(bearerTokenMatches(`Bearer ${TOKEN}`, undefined)).toBe(false);
    expect(bearerTokenMatches('Bearer ', undefined)).toBe(false);
    expect(bearerTokenMatches(null, '')).toBe(false);
  });

  it('a request carrying the token as a bearer', () => {
    expect(bearerTokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerTokenMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['another scheme', `Basic ${TOKEN}`],
    ['the bare token', TOKEN],
    ['a wrong token', 'Bearer metrics-token-0123456789abcdeX'],
    ['a prefix of it', `Bearer ${TOKEN.slice(0, -1)}`],
    ['more than it', `Bearer ${TOKEN}0`],
    ['it twice', `Bearer ${TOKEN} ${TOKEN}`],
  ])('refuses %s', (_what, header) => {
    expect(bearerTokenMatches(header, TOKEN)).toBe(false);
  });

  // A plain === stops at the first differing character, and at once on a length difference.
  it('compares in constant time: equal-length digests, whatever was sent', () => {
    compare.calls.length = 0;
    for (const sent of [null, 'Bearer x', `Bearer ${TOKEN}`, `Bearer ${'y'.repeat(500)}`])
      bearerTokenMatches(sent, TOKEN);
    expect(compare.calls).toEqual(Array.from({ length: 4 }, () => [32, 32]));
  });
});
