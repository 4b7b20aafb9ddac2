import type { UpstreamFailure } from '@/lib/upstream/result';

export type LookupProblem = 'unavailable' | 'insurerDown' | 'selection' | 'timeout' | 'unreadable';

/**
 * What to tell a customer when the invoices cannot be read: each cause its own plain message
 * (a key of `Contract.errors`). -1 means our credentials are refused: not the customer's doing.
 */
export function lookupProblem(error: UpstreamFailure): LookupProblem {
  if (error.reason === 'timeout') return 'timeout';
  if (error.reason === 'malformed') return 'unreadable';
  if (error.reason === 'code') {
    if (error.code === '-2') return 'insurerDown';
    if (error.code === '08') return 'selection';
    return 'unavailable';
  }
  if (error.reason === 'invalid_request') return 'unavailable';
  return 'insurerDown';
}
