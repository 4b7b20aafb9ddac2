import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { ReceiptView } from './receipt';
import { receiptPdf } from './receipt-pdf';

const receipt: ReceiptView = {
  reference: 'PAY-7K2M9Q4XZ1',
  contractId: '2019004512',
  state: 'confirmed',
  stateReason: null,
  amount: 30_000,
  refundedAmount: 0,
  method: 'card',
  methodDetail: '4242-****-****-4242',
  createdAt: '2026-11-23T09:30:00.000Z',
  approvalExpiresAt: null,
  resumeUrl: null,
  insurer: 'confirmed',
  reported: true,
  moneyTaken: true,
  retryUrl: null,
  invoices: [
    { reference: 'FAC-2026-000101', amount: 25_000, remainingAfter: 0, status: 'confirmed' },
    { reference: 'FAC-2026-000102', amount: 5_000, remainingAfter: 10_000, status: 'confirmed' },
  ],
};

const text = {
  title: 'Reçu de paiement',
  status: 'Paiement confirmé',
  labels: {
    reference: 'Référence',
    contract: 'Contrat',
    date: 'Date',
    method: 'Moyen',
    amount: 'Montant payé',
    refunded: 'Remboursé',
  },
  invoices: 'Factures réglées',
  columns: { invoice: 'Facture', paid: 'Payé', remainingAfter: 'Reste dû' },
  methodName: 'Carte bancaire',
  invoiceStatus: () => 'Confirmé par l’assureur',
  footer: 'Montants en francs CFA (XOF).',
};

describe('receipt PDF', () => {
  it('is a one-page PDF titled with the payment reference, French accents included', async () => {
    const bytes = await receiptPdf(receipt, text);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Reçu de paiement PAY-7K2M9Q4XZ1');
  });

  it('is never made for a payment that took no money', async () => {
    for (const state of ['declined', 'awaiting_approval', 'expired']) {
      await expect(
        receiptPdf({ ...receipt, state, moneyTaken: false, insurer: 'none' }, text),
      ).rejects.toThrow(/no receipt/);
    }
  });
});
