import type { PaymentRow } from '@/lib/db/schema';

/**
 * The payment processor port: the pipeline starts a payment and learns its outcome through it,
 * never through one processor's API. Adapters: `processors/simulated.ts` (test numbers; only
 * with the sandbox) and `processors/cinetpay.ts` (CinetPay's hosted guichet).
 */

export type ProcessorName = 'simulated' | 'cinetpay';

export interface StartInput {
  payment: PaymentRow;
  /** Card data, for the simulated processor only: never stored, never sent anywhere else. */
  card?: { number: string };
  now: Date;
}

export type StartOutcome =
  /** Decided at once (a card): approved, or refused with why. */
  | { kind: 'approved' }
  | { kind: 'declined'; reason: string }
  | { kind: 'failed'; reason: string }
  /**
   * The customer must act elsewhere (approve a wallet push, pay on a hosted page) before
   * `expiresAt`; `redirectUrl` is where to send them, `token` the processor's reference.
   */
  | { kind: 'awaiting'; expiresAt: Date; redirectUrl?: string; token?: string };

export type ProcessorStatus =
  | { kind: 'pending' }
  /** Paid: `method` is how, as our payment methods name it, when the processor says. */
  | { kind: 'approved'; method?: string }
  | { kind: 'declined'; reason: string }
  | { kind: 'expired'; reason: string }
  /** The processor took something other than what we asked: an agent must look. */
  | { kind: 'mismatch'; reason: string }
  /** The processor could not be asked now: ask again later. */
  | { kind: 'unknown'; reason: string };

export interface PaymentProcessor {
  readonly name: ProcessorName;
  /**
   * Asks an upstream over the network: its answers are recorded for agents, and it is asked on
   * its own schedule (notifications, the worker's backoff), never once per receipt poll.
   */
  readonly remote: boolean;
  /** Amounts it takes are a multiple of this (CinetPay: 5 XOF, docs/specs/cinetpay.md C3). */
  readonly amountStep: number;
  /**
   * How long to wait before asking again about a payment still awaiting the customer, after
   * `checks` answers without news: at once for a local simulation, with backoff for a real
   * processor (whose notifications normally come first).
   */
  recheckAfterMs(checks: number): number;
  start(input: StartInput): Promise<StartOutcome>;
  /** Where a payment awaiting the customer stands now. */
  status(payment: PaymentRow, now: Date): Promise<ProcessorStatus>;
}
