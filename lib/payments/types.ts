import type { Billing } from '@/lib/db/schema';
import type { PaymentMethod } from './methods';

export type { Billing } from '@/lib/db/schema';

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
