import type { Wallet } from './mobile-money';

export type PaymentMethod = 'card' | Wallet;

export interface Billing {
  address: string;
  city: string;
  /** ISO 3166-1 alpha-3; CIV unless the customer says otherwise. */
  country: string;
  phone: string;
}

/** One checkout attempt, as the pipeline receives it (already validated). */
export interface CheckoutRequest {
  idempotencyKey: string;
  contractId: string;
  invoiceReferences: string[];
  /** A whole XOF amount, or everything due on the chosen invoices. */
  amount: number | 'full';
  method: PaymentMethod;
  card?: { number: string; expiry: string; cvc: string };
  walletNumber?: string;
  billing: Billing;
  customerIp?: string;
  locale: 'fr' | 'en';
}
