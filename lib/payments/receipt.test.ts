import { describe, expect, it } from 'vitest';
import { isMoneyTaken, retryUrl } from './receipt';
import type { PaymentWithAllocations } from './repository';

const payment = (amount: number, allocations: Array<[string, number, number]>) =>
  ({
    contractId: '2019004512',
    amount,
    allocations: allocations.map(([invoiceReference, share, remainingBefore]) => ({
      invoiceReference,
      amount: share,
      remainingBefore,
    })),
  }) as unknown as PaymentWithAllocations;

describe('receipt', () => {
  it('is a receipt only once money was taken', () => {
    for (const state of ['captured', 'confirmed', 'needs_attention', 'refunded', 'charged_back'])
      expect(isMoneyTaken(state), state).toBe(true);
    for (const state of [
      'pending',
      'awaiting_approval',
      'authorised',
      'declined',
      'expired',
      'failed',
    ])
      expect(isMoneyTaken(state), state).toBe(false);
  });

  it('retries everything that was due on the same invoices', () => {
    expect(
      retryUrl(
        payment(65_000, [
          ['FAC-2026-000101', 25_000, 25_000],
          ['FAC-2026-000102', 40_000, 40_000],
        ]),
      ),
    ).toBe('/contrat/2019004512/paiement?f=FAC-2026-000101&f=FAC-2026-000102&mode=full');
  });

  it('retries a partial payment with the same amount', () => {
    expect(
      retryUrl(
        payment(30_000, [
          ['FAC-2026-000101', 25_000, 25_000],
          ['FAC-2026-000102', 5_000, 15_000],
        ]),
      ),
    ).toBe(
      '/contrat/2019004512/paiement?f=FAC-2026-000101&f=FAC-2026-000102&mode=partial&montant=30000',
    );
  });

  it('retries mobile money with the same operator ticked, a card with the default', () => {
    const wallet = { ...payment(25_000, [['FAC-2026-000101', 25_000, 25_000]]), method: 'moov' };
    expect(retryUrl(wallet)).toBe(
      '/contrat/2019004512/paiement?f=FAC-2026-000101&mode=full&moyen=moov',
    );
    expect(retryUrl({ ...wallet, method: 'card' })).toBe(
      '/contrat/2019004512/paiement?f=FAC-2026-000101&mode=full',
    );
  });
});
