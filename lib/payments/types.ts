import type { Billing } from '@/lib/db/schema';
import type { Wallet } from './mobile-money';

/** How the customer pays; `cinetpay` until CinetPay's guichet says which of its methods. */
export type PaymentMethod = 'card' | Wallet | 'cinetpay';

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
