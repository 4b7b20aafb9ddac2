import { insertPaymentRow } from '@/tests/support/money';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '@/lib/db/open';
import { deliveryAttempts, outboxEntries } from '@/lib/db/schema';
import { setDraining } from '@/lib/ops/draining';
import type { NoticeAccepted } from '@/lib/enov/types';
import type { UpstreamResult } from '@/lib/upstream/result';
import { backends } from '@/tests/support/databases';
import { heldLeaseCount, releaseHeldLeases } from './leases';
import { deliverDue, type OutboxDeps } from './outbox';

async function queueNotice(db: Db) {
  const id = await insertPaymentRow(db);
  const [message] = await db
    .insert(outboxEntries)
    .values({
      paymentId: id,
      kind: 'enov_ipn',
      dedupeKey: randomUUID(),
      payload: {
        invoiceReference: 'FAC-1',
        amount: 10_000,
        paymentReference: 'PAY-1',
        paidAt: new Date().toISOString(),
      },
      status: 'pending',
    })
    .returning();
  return message!;
}

const ACCEPTED: NoticeAccepted = { code: '00', message: 'OK' };

const messageRow = async (db: Db, id: number) =>
  (await db.select().from(outboxEntries).where(eq(outboxEntries.id, id)))[0]!;

describe.each(backends)('a draining instance and its outbox leases on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };

  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  afterEach(() => setDraining(false));

  it('claims nothing once draining, and hands back what it still delivers', async () => {
    const db = handle.db;
    const first = await queueNotice(db);
    let answer: (r: UpstreamResult<NoticeAccepted>) => void = () => {};
    let calls = 0;
    const deps: OutboxDeps = {
      db,
      enov: {
        notifyPayment: () => {
          calls++;
          return new Promise((resolve) => (answer = resolve));
        },
      },
      lovat: { sendTransaction: async () => ({ ok: true, value: {} }) },
    };
    const delivering = deliverDue(deps, { paymentId: first.paymentId });
    await expect.poll(() => calls).toBe(1);
    expect(heldLeaseCount()).toBe(1);
    expect((await messageRow(db, first.id)).leaseToken).not.toBeNull();

    setDraining();
    const second = await queueNotice(db);
    expect(await deliverDue(deps)).toBe(0);
    expect(calls).toBe(1);
    expect((await messageRow(db, second.id)).leaseToken).toBeNull();

    expect(await releaseHeldLeases(db)).toEqual([first.id]);
    const released = await messageRow(db, first.id);
    expect(released).toMatchObject({ status: 'pending', leaseToken: null, leaseUntil: null });

    // The answer that comes after the hand-back is not recorded: the next claimant's counts.
    answer({ ok: true, value: ACCEPTED });
    expect(await delivering).toBe(1);
    expect(heldLeaseCount()).toBe(0);
    expect(await messageRow(db, first.id)).toMatchObject({ status: 'pending', attempts: 0 });
    const attempts = await db
      .select()
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.entryId, first.id));
    expect(attempts).toHaveLength(0);

    setDraining(false);
    expect(
      await deliverDue({
        ...deps,
        enov: { notifyPayment: async () => ({ ok: true, value: ACCEPTED }) },
      }),
    ).toBe(2);
  });
});
