import countries from 'i18n-iso-countries';
import type { CinetPayClient, CinetPayCustomer } from '@/lib/cinetpay/client';
import { methodOf } from '@/lib/cinetpay/verdict';
import type { PaymentRow } from '@/lib/db/schema';
import type { PaymentProcessor } from '../processor';

/**
 * CinetPay's hosted guichet behind the processor port (docs/specs/cinetpay.md). The customer
 * pays on CinetPay's page; only the verification endpoint says whether they did (C1), and what
 * it verified must be exactly our amount in XOF (C2).
 */

export interface CinetPayProcessorOptions {
  client: Pick<CinetPayClient, 'initPayment' | 'checkPayment'>;
  appUrl: string;
  /** How long a payment holds its invoices while the customer is on the guichet (C6). */
  approvalMs: number;
}

// Card payments need these (C5): our checkout asks for name and surname, an email may be absent.
const DEFAULT_EMAIL = 'paiement@laloyalevie.ci';

export function cinetpayCustomer(payment: Pick<PaymentRow, 'billing'>): CinetPayCustomer {
  const b = payment.billing;
  return {
    name: b.name ?? '',
    surname: b.surname ?? '',
    email: b.email || DEFAULT_EMAIL,
    phone: b.phone,
    address: b.address,
    city: b.city,
    country: countries.alpha3ToAlpha2(b.country) ?? 'CI',
    state: countries.alpha3ToAlpha2(b.country) ?? 'CI',
    zip: '00225',
  };
}

export function cinetpayProcessor(opts: CinetPayProcessorOptions): PaymentProcessor {
  return {
    name: 'cinetpay',
    remote: true,
    amountStep: 5,
    // Notifications normally come first: ask ourselves after 1, 2, 4, … minutes, at most every
    // 30 minutes, and only about payments left without news (C6).
    recheckAfterMs: (checks) => Math.min(60_000 * 2 ** checks, 30 * 60_000),
    async start({ payment, now }) {
      const started = await opts.client.initPayment({
        transactionId: payment.reference,
        amount: payment.amount,
        description: `Prime LA LOYALE VIE contrat ${payment.contractId}`,
        notifyUrl: `${opts.appUrl}/api/cinetpay/notify`,
        returnUrl: `${opts.appUrl}/api/cinetpay/return`,
        lang: payment.locale === 'en' ? 'en' : 'fr',
        metadata: payment.id,
        customer: cinetpayCustomer(payment),
      });
      // Refused or unreachable: the customer never saw a payment page, so nothing was taken.
      if (!started.ok)
        return {
          kind: 'failed',
          reason: `processor_unavailable:${started.error.code ?? started.error.reason}`,
        };
      return {
        kind: 'awaiting',
        expiresAt: new Date(now.getTime() + opts.approvalMs),
        redirectUrl: started.value.paymentUrl,
        token: started.value.paymentToken,
      };
    },
    async status(payment, now) {
      const checked = await opts.client.checkPayment(payment.reference);
      if (!checked.ok) return { kind: 'unknown', reason: checked.error.message };
      const v = checked.value;
      if (v.status === 'accepted') {
        if (v.amount !== payment.amount || v.currency !== 'XOF')
          return {
            kind: 'mismatch',
            reason: `amount_mismatch:${v.amount ?? '?'} ${v.currency || '?'}`,
          };
        return { kind: 'approved', method: methodOf(v.method) };
      }
      if (v.status === 'refused') return { kind: 'declined', reason: `cinetpay_${v.code}` };
      const expired = payment.approvalExpiresAt !== null && now >= payment.approvalExpiresAt;
      return expired ? { kind: 'expired', reason: 'cinetpay_no_payment' } : { kind: 'pending' };
    },
  };
}
