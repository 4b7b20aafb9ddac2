import type { LovatTransaction } from '@/lib/lovat/types';
import type { PaymentWithAllocations } from './repository';

/** The notices a payment owes once captured, as outbox rows. */

export interface IpnPayload {
  invoiceReference: string;
  amount: number;
  paymentReference: string;
  paidAt: string;
}

export interface LovatPayload {
  transactionId: string;
  at: string;
  amount: number;
  status: LovatTransaction['status'];
}

const OPERATORS: Record<string, string> = {
  card: 'card',
  orange: 'Orange Money',
  mtn: 'MTN MoMo',
  moov: 'Moov Money',
  wave: 'Wave',
  cinetpay: 'CinetPay',
};

export const operatorName = (method: string) => OPERATORS[method] ?? method;

export function captureEntries(payment: PaymentWithAllocations) {
  const paidAt = (payment.capturedAt ?? new Date()).toISOString();
  const ipns = payment.allocations.map((a) => ({
    kind: 'enov_ipn',
    dedupeKey: `ipn:${a.noticeReference}`,
    status: 'pending',
    payload: {
      invoiceReference: a.invoiceReference,
      amount: a.amount,
      paymentReference: a.noticeReference,
      paidAt,
    } satisfies IpnPayload as unknown as Record<string, unknown>,
  }));
  const invoices = payment.allocations.map((a) => a.invoiceReference);
  return [...ipns, lovatEntry(payment, 'Success', payment.amount, paidAt, invoices)];
}

/**
 * A report to LOVAT, keyed by the invoices it covers: each is paid once and given back once.
 * Its amount and time would not do: two invoices of one premium refused in the same millisecond
 * (the outbox delivers a payment's notices side by side) made one key, and the second report
 * was dropped while the money was given back.
 */
export function lovatEntry(
  payment: { reference: string },
  status: LovatPayload['status'],
  amount: number,
  at: string,
  invoices: readonly string[],
) {
  return {
    kind: 'lovat_report',
    dedupeKey: `lovat:${payment.reference}:${status.toLowerCase()}:${[...invoices].sort().join('+')}`,
    status: 'pending',
    payload: {
      transactionId: payment.reference,
      at,
      amount,
      status,
    } satisfies LovatPayload as unknown as Record<string, unknown>,
  };
}

export interface ReceiptSmsPayload {
  to: string;
  text: string;
}

/** A receipt link sent by text message; each request is its own message (a resend is wanted). */
export function receiptSmsEntry(requestId: string, to: string, text: string) {
  return {
    kind: 'receipt_sms',
    dedupeKey: `sms:${requestId}`,
    status: 'pending',
    payload: { to, text } satisfies ReceiptSmsPayload as unknown as Record<string, unknown>,
  };
}
