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

// The whole table, written out again: every move a payment may make. Any pair not listed is
// refused, so a move added or dropped in the code fails here by name.
const ALLOWED: Record<PaymentState, PaymentState[]> = {
  pending: ['awaiting_approval', 'authorised', 'declined', 'failed'],
  awaiting_approval: ['authorised', 'declined', 'expired', 'needs_attention'],
  authorised: ['captured', 'failed'],
  captured: ['confirmed', 'needs_attention', 'refunded', 'charged_back'],
  needs_attention: ['confirmed', 'refunded', 'charged_back'],
  confirmed: ['needs_attention', 'refunded', 'charged_back'],
  declined: [],
  expired: ['needs_attention'],
  failed: [],
  refunded: [],
  charged_back: [],
};

const EVERY_PAIR = PAYMENT_STATES.flatMap((from) =>
  PAYMENT_STATES.map((to) => [from, to, ALLOWED[from].includes(to)] as const),
);

describe('the transition table', () => {
  it('has exactly the eleven states stored in payments.state', () => {
    expect([...PAYMENT_STATES].sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(PAYMENT_STATES).toHaveLength(11);
  });

  it.each(EVERY_PAIR.filter(([, , allowed]) => allowed))('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(EVERY_PAIR.filter(([, , allowed]) => !allowed))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(() => assertTransition(from, to)).toThrow(IllegalTransition);
  });

  it.each(PAYMENT_STATES.map((s) => [s, ALLOWED[s].length === 0] as const))(
    '%s is final: %s',
    (state, final) => {
      expect(isFinal(state)).toBe(final);
    },
  );

  it.each([
    ['captured', true],
    ['confirmed', true],
    ['needs_attention', true],
    ...PAYMENT_STATES.filter((s) => !['captured', 'confirmed', 'needs_attention'].includes(s)).map(
      (s) => [s, false] as const,
    ),
  ] as const)('money is held in %s: %s', (state, charged) => {
    expect(isCharged(state)).toBe(charged);
  });

  it('names both states in the error, for the log line and the agent', () => {
    const error = (() => {
      try {
        assertTransition('refunded', 'confirmed');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(IllegalTransition);
    expect(error).toMatchObject({
      from: 'refunded',
      to: 'confirmed',
      message: 'a payment cannot go from refunded to confirmed',
    });
  });
});

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
      'failed',
      'refunded',
    ]);
    // Given up on by us, but a hosted processor may still report the customer paid: only an
    // agent can take it from there.
    expect(PAYMENT_STATES.filter((to) => canTransition('expired', to))).toEqual([
      'needs_attention',
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
