/**
 * A payment's life. Each change is checked against this table and stored with its time in the
 * payment's history, so every payment always has one visible, explainable state.
 */
export const PAYMENT_STATES = [
  'pending', // written, nothing charged yet
  'awaiting_approval', // mobile money: waiting for the customer to approve on the phone
  'authorised', // the processor approved the charge
  'captured', // the money is taken; notifications to the insurer and LOVAT are queued
  'confirmed', // the insurer accepted every notification
  'declined', // the processor or the wallet refused
  'expired', // the wallet never answered
  'failed', // the processor failed; nothing was taken
  'refunded', // the money was given back in full
  'charged_back', // the card network or wallet operator took the money back (a dispute)
  'needs_attention', // a notification could not be delivered: an agent must look
] as const;

export type PaymentState = (typeof PAYMENT_STATES)[number];

const TRANSITIONS: Record<PaymentState, readonly PaymentState[]> = {
  pending: ['awaiting_approval', 'authorised', 'declined', 'failed'],
  // needs_attention: the processor took something other than what we asked.
  awaiting_approval: ['authorised', 'declined', 'expired', 'needs_attention'],
  authorised: ['captured', 'failed'],
  captured: ['confirmed', 'needs_attention', 'refunded', 'charged_back'],
  needs_attention: ['confirmed', 'refunded', 'charged_back'],
  confirmed: ['needs_attention', 'refunded', 'charged_back'],
  declined: [],
  // A processor that accepted after we gave up (its guichet closed later than our hold).
  expired: ['needs_attention'],
  failed: [],
  refunded: [],
  charged_back: [],
};

export function canTransition(from: PaymentState, to: PaymentState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isFinal(state: PaymentState): boolean {
  return TRANSITIONS[state].length === 0;
}

/** States in which money was taken and is still held. */
export function isCharged(state: PaymentState): boolean {
  return state === 'captured' || state === 'confirmed' || state === 'needs_attention';
}

export class IllegalTransition extends Error {
  constructor(
    readonly from: PaymentState,
    readonly to: PaymentState,
  ) {
    super(`a payment cannot go from ${from} to ${to}`);
  }
}

export function assertTransition(from: PaymentState, to: PaymentState): void {
  if (!canTransition(from, to)) throw new IllegalTransition(from, to);
}
