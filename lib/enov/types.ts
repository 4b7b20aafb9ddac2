/** Our own view of Enov's data: what pages and the payment pipeline work with. */

export type InvoiceState = 'pending' | 'unpaid' | 'partial';

export interface Invoice {
  reference: string;
  /** Calendar date of issue, ISO `yyyy-mm-dd`. */
  issueDate: string;
  /** Whole XOF. */
  amount: number;
  paid: number;
  remaining: number;
  state: InvoiceState;
}

/** Our notification to Enov that a customer paid (part of) one invoice. */
export interface PaymentNotice {
  invoiceReference: string;
  amount: number;
  /** Our payment reference for this invoice: unique per invoice and amount. */
  paymentReference: string;
  paidAt: Date;
  /** The payment processor's result; only successful payments are notified. */
  statusCode: string;
  statusLabel?: string;
}

export interface NoticeAccepted {
  code: '00';
  message: string;
}
