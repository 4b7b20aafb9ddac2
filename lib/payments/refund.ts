import { isCharged, type PaymentState } from './state-machine';

/** The arithmetic of giving money back, apart from the database so it can be tested alone. */

export interface Holdings {
  state: string;
  amount: number;
  refundedAmount: number;
  chargedBackAmount: number;
}

/** What we still hold of a payment: charged, minus refunds and chargebacks. */
export const heldAmount = (p: Holdings) =>
  isCharged(p.state as PaymentState) ? p.amount - p.refundedAmount - p.chargedBackAmount : 0;

export type RefundPlan =
  | { ok: true; amount: number; closes: boolean }
  | { ok: false; reason: 'not_refundable' | 'amount_invalid' | 'amount_too_high'; held: number };

/**
 * A refund of `requested` (whole XOF) or of everything still held. `closes` says whether the
 * payment is then refunded in full (its final state); a partial refund leaves its state alone.
 */
export function planRefund(p: Holdings, requested: number | 'full'): RefundPlan {
  const held = heldAmount(p);
  if (held <= 0) return { ok: false, reason: 'not_refundable', held };
  const amount = requested === 'full' ? held : requested;
  if (!Number.isSafeInteger(amount) || amount <= 0)
    return { ok: false, reason: 'amount_invalid', held };
  if (amount > held) return { ok: false, reason: 'amount_too_high', held };
  return { ok: true, amount, closes: amount === held };
}

/** A chargeback takes back everything still held; nothing to take back, nothing to record. */
export function planChargeback(p: Holdings): { ok: true; amount: number } | { ok: false } {
  const held = heldAmount(p);
  return held > 0 ? { ok: true, amount: held } : { ok: false };
}
