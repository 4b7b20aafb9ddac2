import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from '@/lib/db/schema';
import type { DbHandle } from '@/lib/db/open';
import { backends } from '@/tests/support/databases';
import { insertPayment, paymentById, paymentHistory, transition } from './repository';

const newPayment = (id: string) => ({
  id,
  reference: `PAY-${id}`,
  receiptToken: `token-${id}`,
  idempotencyKey: `key-${id}`,
  requestHash: 'hash',
  contractId: '2021007730',
  amount: 25_000,
  method: 'card',
  methodDetail: '4242-****-****-4242',
  billing: { address: 'Rue des Jardins', city: 'Abidjan', country: 'CIV', phone: '' },
  locale: 'fr',
  state: 'captured',
});

const allocation = {
  invoiceReference: 'FAC-2026-000201',
  position: 0,
  amount: 25_000,
  remainingBefore: 25_000,
  noticeReference: 'PAY-1-1',
};

describe.each(backends)('payment transitions on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };

  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });

  it('returns the payment as stored, with its invoices', async () => {
    const stored = await insertPayment(handle.db, newPayment('a'), [allocation]);
    expect(stored).toEqual(await paymentById(handle.db, 'a'));
    expect(stored.refundedAmount).toBe(0);
  });

  it('moves a payment only from the states given, and records each move it makes', async () => {
    await handle.db.insert(payments).values(newPayment('b'));
    expect(await transition(handle.db, 'b', ['authorised'], 'captured')).toBe(false);
    expect(await transition(handle.db, 'b', ['captured'], 'needs_attention', {}, 'why')).toBe(true);
    expect(await transition(handle.db, 'b', ['captured'], 'confirmed')).toBe(false);
    const history = await paymentHistory(handle.db, 'b');
    expect(history.map((e) => [e.fromState, e.toState, e.note])).toEqual([
      ['captured', 'needs_attention', 'why'],
    ]);
    expect((await paymentById(handle.db, 'b'))?.state).toBe('needs_attention');
  });

  it('keeps a true history when many movers race on one payment', async () => {
    await handle.db.insert(payments).values(newPayment('c'));
    const moves = Array.from({ length: 40 }, (_, i) =>
      i % 2
        ? transition(handle.db, 'c', ['captured', 'confirmed'], 'needs_attention')
        : transition(handle.db, 'c', ['captured', 'needs_attention'], 'confirmed'),
    );
    const made = (await Promise.all(moves)).filter(Boolean).length;
    const history = await paymentHistory(handle.db, 'c');
    expect(history).toHaveLength(made);
    // Each recorded move starts where the one before it ended: no move was lost or invented.
    let state = 'captured';
    for (const event of history) {
      expect(event.fromState).toBe(state);
      state = event.toState;
    }
    expect((await paymentById(handle.db, 'c'))?.state).toBe(state);
  });
});
