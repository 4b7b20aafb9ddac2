import { describe, expect, it } from 'vitest';
import { normalizeEnovCode } from './codes';
import { reshapeInvoice, sortOldestFirst } from './reshape';
import { enovCodeSchema, invoiceSelectionSchema, rawInvoiceSchema } from './schemas';

describe('normalizeEnovCode', () => {
  it.each([
    ['-1', '-1'],
    [-1, '-1'],
    ['08', '08'],
    [8, '08'],
    ['8', '08'],
    [0, '00'],
    ['00', '00'],
    [' 02 ', '02'],
    ['99', '99'],
    ['abc', 'abc'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeEnovCode(raw)).toBe(expected);
  });
});

describe('Enov schemas', () => {
  const invoice = {
    reference: 'FAC-1',
    dateFacture: '05/09/2026',
    montant: 25000,
    montantRegle: 0,
    Etat: 6,
  };

  it('takes amounts and states as numbers or numeric strings, and `etat` for `Etat`', () => {
    const { Etat: _, ...rest } = invoice;
    const parsed = rawInvoiceSchema.parse({
      ...rest,
      montant: '25000',
      montantRegle: '100',
      etat: '4',
    });
    expect(parsed).toEqual({ ...invoice, montantRegle: 100, Etat: 4 });
  });

  it.each([
    ['an unknown state', { Etat: 2 }],
    ['a fractional amount', { montant: 10.5 }],
    ['a negative amount', { montantRegle: -1 }],
    ['another date format', { dateFacture: '2026-09-05' }],
    ['no reference', { reference: '' }],
  ])('refuses %s', (_, change) => {
    expect(rawInvoiceSchema.safeParse({ ...invoice, ...change }).success).toBe(false);
  });

  it('tells an invoice list from an error object', () => {
    expect(invoiceSelectionSchema.parse([invoice])).toHaveLength(1);
    expect(invoiceSelectionSchema.parse({ code: -2, message: 'x' })).toEqual({
      code: '-2',
      message: 'x',
    });
    expect(enovCodeSchema.parse({ code: 8 })).toEqual({ code: '08', message: '' });
    expect(invoiceSelectionSchema.safeParse({ result: 'ok' }).success).toBe(false);
    expect(invoiceSelectionSchema.safeParse('<html>').success).toBe(false);
  });

  it('reshapes into our invoice and refuses impossible ones', () => {
    expect(
      reshapeInvoice(rawInvoiceSchema.parse({ ...invoice, montantRegle: 5000, Etat: 4 })),
    ).toEqual({
      reference: 'FAC-1',
      issueDate: '2026-09-05',
      amount: 25000,
      paid: 5000,
      remaining: 20000,
      state: 'partial',
    });
    expect(
      reshapeInvoice(rawInvoiceSchema.parse({ ...invoice, dateFacture: '31/02/2026' })),
    ).toBeNull();
    expect(reshapeInvoice(rawInvoiceSchema.parse({ ...invoice, montantRegle: 30000 }))).toBeNull();
  });

  it('sorts oldest first', () => {
    const a = {
      reference: 'B',
      issueDate: '2026-10-01',
      amount: 1,
      paid: 0,
      remaining: 1,
      state: 'pending' as const,
    };
    const b = { ...a, reference: 'A', issueDate: '2025-01-01' };
    expect(sortOldestFirst([a, b]).map((i) => i.reference)).toEqual(['A', 'B']);
  });
});
