import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries } from '@/lib/db/schema';
import type { PaymentWithAllocations } from './repository';
import { isWallet } from './wallet-help';

/**
 * The states in which money was actually taken (and may since have gone back): only these get a
 * receipt. People forward receipts as proof of payment, so a declined or still-waiting payment
 * must never look like one.
 */
const MONEY_TAKEN = new Set([
  'captured',
  'confirmed',
  'needs_attention',
  'refunded',
  'charged_back',
]);
/** Over for good with nothing taken: the customer can try again. */
const RETRYABLE = new Set(['declined', 'expired', 'failed']);

export const isMoneyTaken = (state: string) => MONEY_TAKEN.has(state);
export const isRetryable = (state: string) => RETRYABLE.has(state);

/** What a receipt shows, as plain data the browser can poll: never a card number or a key. */
export interface ReceiptView {
  reference: string;
  contractId: string;
  state: string;
  stateReason: string | null;
  amount: number;
  refundedAmount: number;
  method: string;
  methodDetail: string;
  createdAt: string;
  approvalExpiresAt: string | null;
  /** Where the customer finishes paying while a hosted processor awaits them (CinetPay). */
  resumeUrl: string | null;
  /** waiting: notices not all accepted yet; confirmed; refused: the insurer refused some. */
  insurer: 'none' | 'waiting' | 'confirmed' | 'refused';
  reported: boolean;
  /** Money was taken: the page is a receipt, with print and a PDF. */
  moneyTaken: boolean;
  /** The checkout again with the same invoices and amount, once a try ended with nothing taken. */
  retryUrl: string | null;
  invoices: Array<{
    reference: string;
    amount: number;
    remainingAfter: number;
    status: 'waiting' | 'confirmed' | 'refused';
  }>;
}

/**
 * The checkout's query (lib/payments/selection.ts) for the invoices and amount of this try, and
 * its operator when it was mobile money: a customer whose phone did not answer tries the same
 * wallet again, and should not have to find it in the list.
 */
export function retryUrl(p: PaymentWithAllocations): string {
  const query = new URLSearchParams(p.allocations.map((a) => ['f', a.invoiceReference]));
  // Each invoice paid in full is the "everything" choice; otherwise the same amount again.
  if (p.allocations.every((a) => a.amount === a.remainingBefore)) query.set('mode', 'full');
  else {
    query.set('mode', 'partial');
    query.set('montant', String(p.amount));
  }
  if (isWallet(p.method)) query.set('moyen', p.method);
  return `/contrat/${p.contractId}/paiement?${query}`;
}

export async function receiptView(db: Db, p: PaymentWithAllocations): Promise<ReceiptView> {
  const entries = await db
    .select({ kind: outboxEntries.kind, status: outboxEntries.status })
    .from(outboxEntries)
    .where(eq(outboxEntries.paymentId, p.id));
  const invoices = p.allocations.map((a) => ({
    reference: a.invoiceReference,
    amount: a.amount,
    remainingAfter: a.remainingBefore - a.amount,
    status: a.insurerRefusedCode
      ? ('refused' as const)
      : a.insurerConfirmedAt
        ? ('confirmed' as const)
        : ('waiting' as const),
  }));
  const charged = entries.length > 0;
  const insurer = !charged
    ? 'none'
    : invoices.some((i) => i.status === 'refused')
      ? 'refused'
      : invoices.every((i) => i.status === 'confirmed')
        ? 'confirmed'
        : 'waiting';
  return {
    reference: p.reference,
    contractId: p.contractId,
    state: p.state,
    stateReason: p.stateReason,
    amount: p.amount,
    refundedAmount: p.refundedAmount,
    method: p.method,
    methodDetail: p.methodDetail,
    createdAt: p.createdAt.toISOString(),
    approvalExpiresAt: p.approvalExpiresAt?.toISOString() ?? null,
    resumeUrl: p.state === 'awaiting_approval' ? p.processorUrl : null,
    insurer,
    reported: entries.some((m) => m.kind === 'lovat_report' && m.status === 'delivered'),
    moneyTaken: isMoneyTaken(p.state),
    retryUrl: isRetryable(p.state) ? retryUrl(p) : null,
    invoices,
  };
}
