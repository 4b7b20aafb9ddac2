import { describe, expect, it } from 'vitest';
import type { UpstreamFailure } from '@/lib/upstream/result';
import { lookupProblem } from './lookup-problem';

const failure = (over: Partial<UpstreamFailure>): UpstreamFailure => ({
  upstream: 'enov',
  kind: 'transient',
  reason: 'code',
  message: '',
  ...over,
});

describe('lookupProblem', () => {
  it.each([
    [{ reason: 'code', code: '-1', kind: 'permanent' }, 'unavailable'],
    [{ reason: 'code', code: '-2' }, 'insurerDown'],
    [{ reason: 'code', code: '08', kind: 'permanent' }, 'selection'],
    [{ reason: 'timeout' }, 'timeout'],
    [{ reason: 'malformed' }, 'unreadable'],
    [{ reason: 'network' }, 'insurerDown'],
    [{ reason: 'http', code: '500' }, 'insurerDown'],
    // Our own check refused the request before sending: nothing the customer typed is wrong.
    [{ reason: 'invalid_request', kind: 'permanent' }, 'unavailable'],
    [{ reason: 'code', code: '02', kind: 'permanent' }, 'unavailable'],
  ] as const)('%j → %s', (over, expected) => {
    expect(lookupProblem(failure(over))).toBe(expected);
  });
});
