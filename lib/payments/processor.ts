import { cardOutcome, maskCard } from './card';
import { maskPhone, normalizeIvorianNumber, walletOutcome } from './mobile-money';

/**
 * The simulated payment processor: deterministic outcomes from the test numbers documented on
 * the checkout page. A real processor would replace this module behind the same functions.
 */

export type ChargeDecision =
  | { status: 'approved' }
  | { status: 'declined'; reason: 'card_declined' | 'insufficient_funds' | 'wallet_declined' }
  | { status: 'failed'; reason: 'processing_error' }
  | { status: 'pending' }
  | { status: 'expired' };

export function chargeCard(number: string): ChargeDecision {
  const outcome = cardOutcome(number);
  if (outcome === 'approved') return { status: 'approved' };
  if (outcome === 'processing_error') return { status: 'failed', reason: 'processing_error' };
  return {
    status: 'declined',
    reason: outcome === 'declined' ? 'card_declined' : 'insufficient_funds',
  };
}

/**
 * Where a mobile-money push stands: the customer "answers" on the phone after `delayMs`;
 * a number that never answers expires at `expiresAt`.
 */
export function walletDecision(
  number: string,
  pushedAt: Date,
  expiresAt: Date,
  now: Date,
  delayMs: number,
): ChargeDecision {
  const outcome = walletOutcome(number);
  if (outcome === 'no_answer' || now.getTime() < pushedAt.getTime() + delayMs) {
    return now >= expiresAt ? { status: 'expired' } : { status: 'pending' };
  }
  return outcome === 'approved'
    ? { status: 'approved' }
    : { status: 'declined', reason: 'wallet_declined' };
}

export function maskedMethodDetail(
  method: string,
  card?: { number: string },
  walletNumber?: string,
): string {
  if (method === 'card' && card) return maskCard(card.number);
  const number = walletNumber ? normalizeIvorianNumber(walletNumber) : null;
  return number ? maskPhone(number) : '';
}
