import { describe, expect, it } from 'vitest';
import type { Invoice } from '@/lib/enov/types';
import { resolveSelection, type SelectionParams } from './selection';

const invoice = (reference: string, issueDate: string, remaining: number): Invoice => ({
  reference,
  issueDate,
  amount: remaining,
  paid: 0,
  remaining,
  state: 'unpaid',
});

// 47 500 due on the two: the older 30 000, the newer 17 500; minimum 500.
const invoices = [invoice('B', '2026-02-01', 17500), invoice('A', '2026-01-01', 30000)];
const both = ['A', 'B'];

describe('resolveSelection (issue #17: a typed amount is the choice)', () => {
  it.each<[string, SelectionParams, number, boolean]>([
    ['full, nothing typed', { f: both, mode: 'full' }, 47500, true],
    ['no mode, nothing typed', { f: both }, 47500, true],
    ['partial chosen', { f: both, mode: 'partial', montant: '30000' }, 30000, false],
    ['typed with "full" still ticked', { f: both, mode: 'full', montant: '30 000' }, 30000, false],
    ['typed, no mode (no JavaScript)', { f: both, montant: '30.000' }, 30000, false],
    ['comma for thousands', { f: both, montant: '30,000' }, 30000, false],
    ['only blanks typed', { f: both, mode: 'full', montant: '   ' }, 47500, true],
    ['exactly what is due', { f: both, montant: '47 500' }, 47500, false],
    ['one invoice', { f: 'B', montant: '17500' }, 17500, false],
    ['below the minimum but everything left', { f: 'B', montant: '17 500' }, 17500, false],
  ])('%s', (_, params, amount, full) => {
    const result = resolveSelection(invoices, params, 500);
    expect(result).toMatchObject({ ok: true, amount, full });
  });

  it.each<[string, SelectionParams, string]>([
    ['no invoice ticked', { mode: 'full' }, 'noInvoice'],
    ['no invoice ticked, amount typed', { montant: '1000' }, 'noInvoice'],
    ['an invoice no longer open', { f: ['A', 'Z'] }, 'invoiceChanged'],
    ['"another amount" without one', { f: both, mode: 'partial' }, 'amountMissing'],
    ['not a number', { f: both, montant: 'trente mille' }, 'amountUnreadable'],
    ['cents', { f: both, montant: '30000,50' }, 'amountUnreadable'],
    ['zero', { f: both, montant: '0' }, 'notWhole'],
    ['below the minimum', { f: both, montant: '499' }, 'belowMinimum'],
    ['above what is due', { f: both, montant: '47 501' }, 'aboveDue'],
    ['above what the ticked invoice owes', { f: 'B', montant: '30 000' }, 'aboveDue'],
  ])('%s: %s', (_, params, problem) => {
    expect(resolveSelection(invoices, params, 500)).toEqual({ ok: false, problem });
  });

  it('allocates a typed amount oldest first', () => {
    const result = resolveSelection(invoices, { f: both, montant: '35 000' }, 500);
    expect(result.ok && result.allocations).toEqual([
      { reference: 'A', amount: 30000, settles: true },
      { reference: 'B', amount: 5000, settles: false },
    ]);
  });
});
