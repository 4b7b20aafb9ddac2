import type { PaymentMethod } from '@/lib/payments/methods';

/**
 * What a `/v2/payment/check` answer means for a payment (docs/specs/cinetpay.md §2), apart from
 * the HTTP plumbing so it can be tested alone.
 */

export type CinetPayVerdict =
  | {
      status: 'accepted';
      /** Verified against ours by the caller: CinetPay sends it as a string. */
      amount: number | null;
      currency: string;
      method: string;
      operatorId: string | null;
      paidAt: string | null;
    }
  | { status: 'waiting' | 'refused'; code: string; message: string }
  | { status: 'transient' | 'misconfigured'; code: string; message: string };

const WAITING = new Set(['662', '623', '663', '664']);
const TRANSIENT = new Set(['603', '804', '429']);
const MISCONFIGURED = new Set(['606', '609', '613', '608']);

export interface CheckAnswer {
  code: string;
  message: string;
  data?: {
    amount?: string | number | null;
    currency?: string | null;
    status?: string | null;
    payment_method?: string | null;
    operator_id?: string | null;
    payment_date?: string | null;
  } | null;
}

/** A whole amount from CinetPay's text ("100"), or null for anything else. */
export function wholeXof(value: unknown): number | null {
  const text = String(value).trim();
  return /^\d{1,12}$/.test(text) ? Number(text) : null;
}

export function verdictOf(answer: CheckAnswer): CinetPayVerdict {
  const { code, message } = answer;
  const status = answer.data?.status?.toUpperCase();
  if (code === '00' && status === 'ACCEPTED') {
    const d = answer.data!;
    return {
      status: 'accepted',
      amount: wholeXof(d.amount),
      currency: (d.currency ?? '').toUpperCase(),
      method: (d.payment_method ?? '').toUpperCase(),
      operatorId: d.operator_id || null,
      paidAt: d.payment_date?.trim() || null,
    };
  }
  if (WAITING.has(code) || status === 'WAITING_FOR_CUSTOMER')
    return { status: 'waiting', code, message };
  if (TRANSIENT.has(code)) return { status: 'transient', code, message };
  if (MISCONFIGURED.has(code)) return { status: 'misconfigured', code, message };
  // Every other code is the payment's own failure (627 cancelled, 600 failed, 602 balance, …),
  // and so is a `00` that does not say ACCEPTED: never take money on an ambiguous answer.
  return { status: 'refused', code, message };
}

/** What CinetPay calls the method, as our payment methods name it (LOVAT and the receipt). */
export function methodOf(cinetpayMethod: string): PaymentMethod {
  const m = cinetpayMethod.toUpperCase();
  if (m.startsWith('OM') || m.includes('ORANGE')) return 'orange';
  if (m.startsWith('MOMO') || m.includes('MTN')) return 'mtn';
  if (m.startsWith('FLOOZ') || m.includes('MOOV')) return 'moov';
  if (m.includes('WAVE')) return 'wave';
  if (/CARD|VISA|MASTER/.test(m)) return 'card';
  // A method CinetPay adds later: still shown, as "CinetPay", never guessed.
  return 'cinetpay';
}
