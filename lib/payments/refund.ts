import { isCharged, type PaymentState } from './state-machine';

/**
 * The arithmetic of giving money back, apart from the database so it can be tested alone.
 * Money goes back per invoice and once: what was captured for an invoice is refunded whole, by
 * whichever comes first of an agent's refund, the insurer's refusal of its notice, or a
 * chargeback. So the sum given back can never exceed the sum taken.
 */

export interface Holdings {
  state: string;
  amount: number;
  refundedAmount: number;
  chargedBackAmount: number;
}

/** What we still hold of a payment: charged, minus refunds and chargebacks. */
export const heldAmount = (p: Holdings) =>
  isCharged(p.state as PaymentState) ? p.amount - p.refundedAmount - p.chargedBackAmount : 0;

export const REVERSALS = ['agent_refund', 'insurer_refusal', 'chargeback'] as const;
export type Reversal = (typeof REVERSALS)[number];

/** One invoice of a payment, as a refund sees it. */
export interface InvoiceHolding {
  invoiceReference: string;
  amount: number;
  /** How its money already went back, if it did. */
  reversal: string | null;
  /** The insurer accepted its notice: the invoice is paid in the insurer's books. */
  insurerConfirmedAt: Date | null;
  /**
   * Its notice was handed to a deliverer whose result is not recorded yet (being sent now, or
   * lost in a crash): the insurer may be accepting it at this very moment.
   */
  noticeInFlight: boolean;
}

export type RefundProblem =
  | 'not_refundable' // nothing held: not captured, or every invoice already given back
  | 'unknown_invoice' // the invoice is not one this payment paid
  | 'already_reversed' // this invoice's money already went back
  | 'notice_in_flight' // its notice is being sent to the insurer: try again once answered
  | 'insurer_accepted' // the insurer has it as paid: only an explicit override may refund it
  | 'amount_too_high'; // more than the payment still holds (a refund recorded before per invoice)

export type RefundPlan =
  | {
      ok: true;
      invoices: InvoiceHolding[];
      amount: number;
      /** Invoices the insurer had accepted, refunded on the agent's explicit decision. */
      overridden: string[];
      /** Every invoice is then given back: the payment is refunded in full. */
      closes: boolean;
    }
  | { ok: false; reason: RefundProblem; invoice?: string; held: number };

const open = (invoices: InvoiceHolding[]) => invoices.filter((i) => i.reversal === null);
const sum = (invoices: InvoiceHolding[]) => invoices.reduce((total, i) => total + i.amount, 0);

/** An agent's refund of some invoices, or of every one still held (`'all'`). */
export function planRefund(
  p: Holdings,
  invoices: InvoiceHolding[],
  requested: readonly string[] | 'all',
  overrideInsurer = false,
): RefundPlan {
  const held = heldAmount(p);
  if (held <= 0) return { ok: false, reason: 'not_refundable', held };
  const refundable = open(invoices);
  const chosen: InvoiceHolding[] = [];
  for (const reference of requested === 'all'
    ? refundable.map((i) => i.invoiceReference)
    : [...new Set(requested)]) {
    const invoice = invoices.find((i) => i.invoiceReference === reference);
    if (!invoice) return { ok: false, reason: 'unknown_invoice', invoice: reference, held };
    if (invoice.reversal !== null)
      return { ok: false, reason: 'already_reversed', invoice: reference, held };
    chosen.push(invoice);
  }
  if (chosen.length === 0) return { ok: false, reason: 'not_refundable', held };
  const inFlight = chosen.find((i) => i.noticeInFlight);
  if (inFlight)
    return { ok: false, reason: 'notice_in_flight', invoice: inFlight.invoiceReference, held };
  const accepted = chosen.filter((i) => i.insurerConfirmedAt !== null);
  if (accepted.length > 0 && !overrideInsurer)
    return { ok: false, reason: 'insurer_accepted', invoice: accepted[0]!.invoiceReference, held };
  const amount = sum(chosen);
  if (amount > held) return { ok: false, reason: 'amount_too_high', held };
  return {
    ok: true,
    invoices: chosen,
    amount,
    overridden: accepted.map((i) => i.invoiceReference),
    closes: chosen.length === refundable.length,
  };
}

/**
 * A chargeback takes back every invoice still held, whatever its notice's state: the money is
 * already gone, so nothing can refuse it. Nothing left to take back, nothing to record.
 */
export function planChargeback(
  p: Holdings,
  invoices: InvoiceHolding[],
): { ok: true; invoices: InvoiceHolding[]; amount: number } | { ok: false } {
  const chosen = open(invoices);
  const amount = Math.min(sum(chosen), heldAmount(p));
  return amount > 0 ? { ok: true, invoices: chosen, amount } : { ok: false };
}
