import type { TransactionStatus } from './rules';

/** Our report of one transaction to LOVAT, as a digital service (`if_digital=true`). */
export interface LovatTransaction {
  transactionId: string;
  at: Date;
  /** Whole XOF. */
  amount: number;
  currency: string;
  status: TransactionStatus;
  serviceCode?: string;
  paymentOperator: string;
  /** Masked only, e.g. 4242-****-****-4242; never a full card number. */
  maskedCardNumber?: string;
  customerIp?: string;
  customerPhone?: string;
  billing: { country: string; address: string; city?: string };
  paymentMethodCountry: string;
  /** Only for a report of goods (`if_digital=false`). */
  goods?: { departureCountry: string; taxableJurisdiction?: string; goodCode?: string };
}

export interface LovatReceipt {
  vat?: { percent: number; amount: number };
}
