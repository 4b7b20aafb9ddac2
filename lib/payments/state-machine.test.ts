import { describe, expect, it } from 'vitest';
import {
  assertTransition,
  canTransition,
  IllegalTransition,
  isCharged,
  isFinal,
  PAYMENT_STATES,
  type PaymentState,
} from './state-machine';

describe('payment state machine', () => {
  it('follows the happy paths for card and mobile money', () => {
    const card: PaymentState[] = ['pending', 'authorised', 'captured', 'confirmed'];
    const wallet: PaymentState[] = [
      'pending',
      'awaiting_approval',
      'authorised',
      'captured',
      'confirmed',
    ];
    for (const path of [card, wallet]) {
      for (let i = 1; i < path.length; i++)
        expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    }
  });

  it('never goes back, and never leaves a final state', () => {
    expect(canTransition('confirmed', 'captured')).toBe(false);
    expect(canTransition('captured', 'pending')).toBe(false);
    for (const state of PAYMENT_STATES.filter(isFinal)) {
      for (const to of PAYMENT_STATES) expect(canTransition(state, to)).toBe(false);
    }
    expect(PAYMENT_STATES.filter(isFinal).sort()).toEqual([
      'charged_back',
      'declined',
      'expired',
      'failed',
      'refunded',
    ]);
  });

  it('only refunds money that was taken', () => {
    for (const from of PAYMENT_STATES) {
      expect(canTransition(from, 'refunded')).toBe(isCharged(from));
    }
  });

  it('reaches a final or charged state from every state', () => {
    for (const start of PAYMENT_STATES) {
      const seen = new Set<PaymentState>([start]);
      const queue = [start];
      while (queue.length) {
        const s = queue.shift()!;
        for (const to of PAYMENT_STATES) {
          if (canTransition(s, to) && !seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      expect([...seen].some((s) => isFinal(s) || s === 'confirmed')).toBe(true);
    }
  });

  it('throws a typed error on an illegal change', () => {
    expect(() => assertTransition('declined', 'captured')).toThrow(IllegalTransition);
    expect(() => assertTransition('pending', 'authorised')).not.toThrow();
  });
});
