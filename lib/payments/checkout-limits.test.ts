import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/open';
import { backends } from '@/tests/support/databases';
import { admitCheckout } from './checkout-limits';

const limits = {
  perClient: 3,
  perContract: 5,
  windowMs: 60_000,
  walletPushesPerContract: 2,
  walletPushWindowMs: 3_600_000,
};

describe.each(backends)('checkout limits on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  const t0 = new Date('2026-12-01T10:00:00Z');
  const admit = (customerIp: string, contractId: string, method = 'card', now = t0) =>
    admitCheckout(handle.db, limits, { customerIp, contractId, method: method as 'card' }, now);

  it('limits one client trying contract after contract (an oracle of which exist)', async () => {
    const results = await Promise.all(
      ['2019000001', '2019000002', '2019000003', '2019000004', '2019000005'].map((c) =>
        admit('203.0.113.1', c),
      ),
    );
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r === 'tooManyCheckouts')).toHaveLength(2);
    expect(await admit('203.0.113.2', '2019000001')).toBeNull();
    expect(
      await admit('203.0.113.1', '2019000001', 'card', new Date(t0.getTime() + 60_000)),
    ).toBeNull();
  });

  it('limits checkouts on one contract whoever asks', async () => {
    for (let i = 0; i < 5; i++) expect(await admit(`198.51.100.${i}`, '2020000001')).toBeNull();
    expect(await admit('198.51.100.99', '2020000001')).toBe('tooManyCheckouts');
  });

  it('bounds how often mobile-money pushes may hold one contract’s invoices; cards still pass', async () => {
    expect(await admit('192.0.2.1', '2021000001', 'orange')).toBeNull();
    expect(await admit('192.0.2.2', '2021000001', 'wave')).toBeNull();
    expect(await admit('192.0.2.3', '2021000001', 'mtn')).toBe('tooManyWalletRequests');
    expect(await admit('192.0.2.3', '2021000001', 'card')).toBeNull();
    const nextHour = new Date(t0.getTime() + 3_600_000);
    expect(await admit('192.0.2.4', '2021000001', 'moov', nextHour)).toBeNull();
  });
});
