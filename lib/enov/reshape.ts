import { parseDayMonthYear } from '@/lib/format';
import type { RawInvoice } from './schemas';
import type { Invoice, InvoiceState } from './types';

const STATES: Record<1 | 4 | 6, InvoiceState> = { 1: 'pending', 4: 'partial', 6: 'unpaid' };

/** Enov's invoice → ours; null when its date is not a real date. */
export function reshapeInvoice(raw: RawInvoice): Invoice | null {
  const date = parseDayMonthYear(raw.dateFacture);
  if (!date || raw.montantRegle > raw.montant) return null;
  return {
    reference: raw.reference,
    issueDate: date.toISOString().slice(0, 10),
    amount: raw.montant,
    paid: raw.montantRegle,
    remaining: raw.montant - raw.montantRegle,
    state: STATES[raw.Etat],
  };
}

/** Oldest first, as a customer reads them and as partial payments are allocated. */
export function sortOldestFirst(invoices: Invoice[]): Invoice[] {
  return [...invoices].sort(
    (a, b) => a.issueDate.localeCompare(b.issueDate) || a.reference.localeCompare(b.reference),
  );
}
