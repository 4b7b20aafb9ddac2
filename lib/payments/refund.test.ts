import { describe, expect, it } from 'vitest';
import { heldAmount, planChargeback, planRefund, type InvoiceHolding } from './refund';

const confirmed = { state: 'confirmed', amount: 50_000, refundedAmount: 0, chargedBackAmount: 0 };

const invoice = (reference: string, amount: number, over: Partial<InvoiceHolding> = {}) => ({
  invoiceReference: reference,
  amount,
  reversal: null,
  insurerConfirmedAt: null,
  noticeInFlight: false,
  ...over,
});
const A = invoice('A', 30_000);
const B = invoice('B', 20_000);

describe('refund arithmetic', () => {
  it('holds what was charged, minus refunds and chargebacks, only while charged', () => {
    expect(heldAmount(confirmed)).toBe(50_000);
    expect(heldAmount({ ...confirmed, refundedAmount: 12_500 })).toBe(37_500);
    expect(heldAmount({ ...confirmed, chargedBackAmount: 10_000 })).toBe(40_000);
    expect(heldAmount({ ...confirmed, state: 'declined' })).toBe(0);
    expect(heldAmount({ ...confirmed, state: 'refunded', refundedAmount: 50_000 })).toBe(0);
  });

  it.each([
    ['every invoice', 'all', { ok: true, amount: 50_000, closes: true, overridden: [] }],
    ['one invoice', ['A'], { ok: true, amount: 30_000, closes: false, overridden: [] }],
    ['both by name', ['A', 'B'], { ok: true, amount: 50_000, closes: true }],
    ['one invoice named twice', ['B', 'B'], { ok: true, amount: 20_000, closes: false }],
    [
      'an invoice of another payment',
      ['Z'],
      { ok: false, reason: 'unknown_invoice', invoice: 'Z' },
    ],
    ['no invoice at all', [], { ok: false, reason: 'not_refundable' }],
  ] as const)('refunds %s, whole', (_name, requested, expected) => {
    expect(planRefund(confirmed, [A, B], requested)).toMatchObject(expected);
  });

  it('gives an invoice back once, whoever came first', () => {
    for (const reversal of ['agent_refund', 'insurer_refusal', 'chargeback']) {
      const given = invoice('A', 30_000, { reversal });
      const after = { ...confirmed, refundedAmount: 30_000 };
      expect(planRefund(after, [given, B], ['A'])).toMatchObject({
        ok: false,
        reason: 'already_reversed',
      });
      expect(planRefund(after, [given, B], 'all')).toMatchObject({
        ok: true,
        amount: 20_000,
        closes: true,
      });
    }
  });

  it('waits for a notice that is out, whatever else is asked', () => {
    const out = invoice('A', 30_000, { noticeInFlight: true });
    expect(planRefund(confirmed, [out, B], ['A'])).toMatchObject({
      ok: false,
      reason: 'notice_in_flight',
      invoice: 'A',
    });
    expect(planRefund(confirmed, [out, B], 'all', true)).toMatchObject({
      reason: 'notice_in_flight',
    });
    expect(planRefund(confirmed, [out, B], ['B'])).toMatchObject({ ok: true, amount: 20_000 });
  });

  it('refunds an invoice the insurer accepted only on an explicit override, and says which', () => {
    const accepted = invoice('A', 30_000, { insurerConfirmedAt: new Date() });
    expect(planRefund(confirmed, [accepted, B], 'all')).toMatchObject({
      ok: false,
      reason: 'insurer_accepted',
      invoice: 'A',
    });
    expect(planRefund(confirmed, [accepted, B], ['B'])).toMatchObject({ ok: true, overridden: [] });
    expect(planRefund(confirmed, [accepted, B], ['A'], true)).toMatchObject({
      ok: true,
      amount: 30_000,
      overridden: ['A'],
    });
  });

  it('never plans more than the payment still holds', () => {
    // A payment partly refunded before refunds were kept per invoice.
    const legacy = { ...confirmed, refundedAmount: 25_000 };
    expect(planRefund(legacy, [A, B], ['A'])).toMatchObject({
      ok: false,
      reason: 'amount_too_high',
      held: 25_000,
    });
    expect(planRefund(legacy, [A, B], ['B'])).toMatchObject({ ok: true, amount: 20_000 });
  });

  it('refuses to refund what is not held', () => {
    for (const state of ['pending', 'declined', 'failed', 'refunded', 'charged_back'])
      expect(planRefund({ ...confirmed, state }, [A, B], 'all')).toMatchObject({
        ok: false,
        reason: 'not_refundable',
      });
  });

  it('charges back every invoice still held, even one out or accepted', () => {
    const out = invoice('A', 30_000, { noticeInFlight: true, insurerConfirmedAt: new Date() });
    expect(planChargeback(confirmed, [out, B])).toMatchObject({ ok: true, amount: 50_000 });
    const refunded = invoice('B', 20_000, { reversal: 'agent_refund' });
    expect(planChargeback({ ...confirmed, refundedAmount: 20_000 }, [A, refunded])).toMatchObject({
      ok: true,
      amount: 30_000,
      invoices: [A],
    });
    expect(planChargeback({ ...confirmed, state: 'refunded' }, [A, B])).toEqual({ ok: false });
  });
});
