import { describe, expect, it } from 'vitest';
import { syntheticInvoiceByReference, syntheticInvoices } from './synthetic';

describe('synthetic contracts', () => {
  it('exist for any 10-digit id starting with 9, and only for those', () => {
    expect(syntheticInvoices('9000000000')).toHaveLength(3);
    expect(syntheticInvoices('8000000000')).toEqual([]);
    expect(syntheticInvoices('900000000')).toEqual([]);
    expect(syntheticInvoices('90000000000')).toEqual([]);
  });

  it('are the same every time, one invoice of each state, with sane amounts', () => {
    const invoices = syntheticInvoices('9876543210');
    expect(syntheticInvoices('9876543210')).toEqual(invoices);
    expect(invoices.map((i) => i.etat)).toEqual([6, 4, 1]);
    for (const i of invoices) {
      expect(i.montant % 250).toBe(0);
      expect(i.montantRegle).toBeLessThan(i.montant);
      expect(i.dateFacture).toMatch(/^\d{2}\/\d{2}\/2026$/);
    }
    expect(invoices[1]!.montantRegle).toBeGreaterThan(0);
  });

  it('differ from one id to the next', () => {
    const amounts = new Set(
      Array.from(
        { length: 50 },
        (_, n) => syntheticInvoices(`9${String(n).padStart(9, '0')}`)[0]!.montant,
      ),
    );
    expect(amounts.size).toBeGreaterThan(30);
  });

  it('are found again by reference', () => {
    expect(syntheticInvoiceByReference('SYN-9876543210-2')).toEqual(
      syntheticInvoices('9876543210')[1],
    );
    expect(syntheticInvoiceByReference('SYN-9876543210-4')).toBeUndefined();
    expect(syntheticInvoiceByReference('FAC-2026-000101')).toBeUndefined();
  });
});
