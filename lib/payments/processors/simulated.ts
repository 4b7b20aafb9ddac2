import type { PaymentProcessor } from '../processor';
import { cardOutcome } from '../card';
import { walletOutcome } from '../mobile-money';

/**
 * The simulated payment processor: deterministic outcomes from the test numbers documented on
 * the checkout page. It takes no money: configuration allows it only while the sandbox is on.
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

export interface SimulatedOptions {
  /** How long a wallet push waits for the customer's answer. */
  walletApprovalTimeoutMs: number;
  /** When the simulated phone answers. */
  walletApprovalDelayMs: number;
}

export function simulatedProcessor(opts: SimulatedOptions): PaymentProcessor {
  return {
    name: 'simulated',
    remote: false,
    amountStep: 1,
    recheckAfterMs: () => 0,
    async start({ payment, card, now }) {
      if (payment.method !== 'card')
        return {
          kind: 'awaiting',
          expiresAt: new Date(now.getTime() + opts.walletApprovalTimeoutMs),
        };
      const decision = chargeCard(card?.number ?? '');
      if (decision.status === 'approved') return { kind: 'approved' };
      if (decision.status === 'failed') return { kind: 'failed', reason: decision.reason };
      return { kind: 'declined', reason: 'reason' in decision ? decision.reason : 'card_declined' };
    },
    async status(payment, now) {
      if (!payment.walletNumber) return { kind: 'pending' };
      const decision = walletDecision(
        payment.walletNumber,
        payment.createdAt,
        payment.approvalExpiresAt ?? now,
        now,
        opts.walletApprovalDelayMs,
      );
      if (decision.status === 'approved') return { kind: 'approved' };
      if (decision.status === 'expired') return { kind: 'expired', reason: 'wallet_no_answer' };
      if (decision.status === 'declined') return { kind: 'declined', reason: decision.reason };
      return { kind: 'pending' };
    },
  };
}
