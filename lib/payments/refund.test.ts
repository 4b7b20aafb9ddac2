import { describe, expect, it } from 'vitest';
import { heldAmount, planChargeback, planRefund } from './refund';

const confirmed = { state: 'confirmed', amount: 50_000, refundedAmount: 0, chargedBackAmount: 0 };

describe('refund arithmetic', () => {
  it('holds what was charged, minus refunds and chargebacks, only while charged', () => {
    expect(heldAmount(confirmed)).toBe(50_000);
    expect(heldAmount({ ...confirmed, refundedAmount: 12_500 })).toBe(37_500);
    expect(heldAmount({ ...confirmed, state: 'declined' })).toBe(0);
    expect(heldAmount({ ...confirmed, state: 'refunded', refundedAmount: 50_000 })).toBe(0);
  });

  it.each([
    ['everything', 'full', { ok: true, amount: 50_000, closes: true }],
    ['a part', 20_000, { ok: true, amount: 20_000, closes: false }],
    ['exactly what is held', 50_000, { ok: true, amount: 50_000, closes: true }],
    ['one franc too many', 50_001, { ok: false, reason: 'amount_too_high', held: 50_000 }],
    ['nothing', 0, { ok: false, reason: 'amount_invalid', held: 50_000 }],
    ['a negative amount', -5, { ok: false, reason: 'amount_invalid', held: 50_000 }],
    ['a fraction', 10.5, { ok: false, reason: 'amount_invalid', held: 50_000 }],
  ] as const)('refunds %s', (_name, requested, expected) => {
    expect(planRefund(confirmed, requested)).toEqual(expected);
  });

  it('closes the payment when a second partial refund takes the rest', () => {
    const after = { ...confirmed, refundedAmount: 30_000 };
    expect(planRefund(after, 20_000)).toEqual({ ok: true, amount: 20_000, closes: true });
    expect(planRefund(after, 'full')).toEqual({ ok: true, amount: 20_000, closes: true });
    expect(planRefund(after, 20_001)).toMatchObject({ ok: false, reason: 'amount_too_high' });
  });

  it('refuses to refund what is not held', () => {
    for (const state of ['pending', 'declined', 'failed', 'refunded', 'charged_back'])
      expect(planRefund({ ...confirmed, state }, 'full')).toMatchObject({
        ok: false,
        reason: 'not_refundable',
      });
  });

  it('charges back what is still held', () => {
    expect(planChargeback({ ...confirmed, refundedAmount: 5_000 })).toEqual({
      ok: true,
      amount: 45_000,
    });
    expect(planChargeback({ ...confirmed, state: 'refunded' })).toEqual({ ok: false });
  });
});
