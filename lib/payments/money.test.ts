import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/open';
import { outboxEntries, type OutboxEntry } from '@/lib/db/schema';
import { backends } from '@/tests/support/databases';
import {
  agentChargeback,
  agentRefund,
  capturedPayment,
  fakeUpstreams,
  type InsurerAnswer,
} from '@/tests/support/money';
import { moneyViolations } from './invariants';
import { claimDue, deliver, deliverDue } from './outbox';
import { paymentById } from './repository';
import { recordRefusal } from './settlement';

/**
 * Giving money back under every order of events: agents' refunds and chargebacks, the
 * insurer's acceptances and refusals, notices out at the moment an agent acts. Whatever the
 * sequence, the books hold (lib/payments/invariants.ts).
 */

describe.each(backends)('money given back on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  const db = () => handle.db;
  let answer: InsurerAnswer = 'fail';
  const upstreams = () => fakeUpstreams(db(), () => answer);
  const lovatReports = async (paymentId: string) =>
    (await db().select().from(outboxEntries).where(eq(outboxEntries.paymentId, paymentId)))
      .filter((m) => m.kind === 'lovat_report')
      .map((m) => `${String(m.payload.status)}:${String(m.payload.amount)}`)
      .sort();

  it('never refunds more than was captured: an agent refund, then the insurer refuses', async () => {
    // Two invoices, 71 250 in all, refunded in part before any notice went out.
    const p = await capturedPayment(db(), [47_500, 23_750]);
    const [first, second] = p.allocations;
    expect(await agentRefund(db(), p.id, [first!.invoiceReference])).toMatchObject({
      status: 'done',
      detail: { amount: 47_500, full: false },
    });
    // The refunded invoice's notice is cancelled: the insurer never hears of it.
    answer = 'refuse';
    for (const m of await db().select().from(outboxEntries)) {
      if (m.paymentId === p.id && m.status === 'pending')
        await db()
          .update(outboxEntries)
          .set({ nextAttemptAt: new Date(0) })
          .where(eq(outboxEntries.id, m.id));
    }
    await deliverDue(upstreams(), { paymentId: p.id });
    const after = (await paymentById(db(), p.id))!;
    expect(after).toMatchObject({ state: 'refunded', refundedAmount: 71_250 });
    expect(after.allocations.map((a) => a.reversal)).toEqual(['agent_refund', 'insurer_refusal']);
    expect(second!.invoiceReference).toBe(after.allocations[1]!.invoiceReference);
    expect(await lovatReports(p.id)).toEqual(['Success:71250', 'refund:23750', 'refund:47500']);
    expect(await moneyViolations(db())).toEqual([]);
  });

  it('refuses to refund an invoice whose notice went out without a sure answer, until it has one', async () => {
    const p = await capturedPayment(db(), [47_500]);
    // A timeout or a dropped connection: the insurer may well have applied it.
    answer = 'fail';
    await deliverDue(upstreams(), { paymentId: p.id });
    expect(await agentRefund(db(), p.id, 'all')).toMatchObject({
      status: 'refused',
      reason: 'notice_in_flight',
    });
    // The retry brings the insurer's answer: it has the invoice as paid, so only an override
    // may give the money back, and the insurer's books are never contradicted silently.
    answer = 'accept';
    await db()
      .update(outboxEntries)
      .set({ nextAttemptAt: new Date(0) });
    await deliverDue(upstreams(), { paymentId: p.id });
    expect(await agentRefund(db(), p.id, 'all')).toMatchObject({
      status: 'refused',
      reason: 'insurer_accepted',
    });
    expect(await moneyViolations(db())).toEqual([]);
  });

  it('refuses to refund an invoice whose notice is out, and one the insurer accepted unless overridden', async () => {
    const p = await capturedPayment(db(), [10_000, 5_000]);
    const invoice = p.allocations[0]!.invoiceReference;
    const claimed = await claimDue(db(), {
      limit: 10,
      leaseMs: 60_000,
      paymentId: p.id,
      now: new Date(),
    });
    // The notices are with a deliverer: the insurer may be accepting them right now.
    expect(await agentRefund(db(), p.id, [invoice])).toMatchObject({
      status: 'refused',
      reason: 'notice_in_flight',
    });
    expect(await agentRefund(db(), p.id, 'all')).toMatchObject({ reason: 'notice_in_flight' });
    answer = 'accept';
    await Promise.all(claimed.map((m) => deliver(upstreams(), m)));
    expect((await paymentById(db(), p.id))!.state).toBe('confirmed');
    expect(await agentRefund(db(), p.id, [invoice])).toMatchObject({
      status: 'refused',
      reason: 'insurer_accepted',
    });
    expect(await agentRefund(db(), p.id, [invoice], true)).toMatchObject({
      status: 'done',
      detail: { amount: 10_000, overrodeInsurer: [invoice] },
    });
    expect(await agentRefund(db(), p.id, [invoice], true)).toMatchObject({
      status: 'refused',
      reason: 'already_reversed',
    });
    expect(await agentRefund(db(), p.id, ['FAC-NOT-OURS'], true)).toMatchObject({
      reason: 'unknown_invoice',
    });
    const entries = await db().select().from(auditLog).where(eq(auditLog.targetId, p.id));
    expect(entries.map((e) => e.detail)).toEqual([
      { amount: 10_000, full: false, invoices: [invoice], overrodeInsurer: [invoice] },
    ]);
    expect(await moneyViolations(db())).toEqual([]);
  });

  it('settles a full refund racing a notice being sent: the refund waits its turn or is refused', async () => {
    const p = await capturedPayment(db(), [20_000]);
    answer = 'accept';
    const slow = fakeUpstreams(db(), () => answer, { delayMs: 150 });
    const [claimed] = await claimDue(db(), {
      limit: 1,
      leaseMs: 60_000,
      paymentId: p.id,
      now: new Date(),
    });
    const [delivery, refund] = await Promise.all([
      deliver(slow, claimed as OutboxEntry),
      agentRefund(db(), p.id, 'all'),
    ]);
    expect(delivery).toBeUndefined();
    expect(refund).toMatchObject({ status: 'refused', reason: 'notice_in_flight' });
    const after = (await paymentById(db(), p.id))!;
    expect(after.refundedAmount).toBe(0);
    expect(await moneyViolations(db())).toEqual([]);
  });

  it('a chargeback takes back what is left, and a later refusal gives nothing back twice', async () => {
    const p = await capturedPayment(db(), [8_000, 2_000]);
    const claimed = await claimDue(db(), {
      limit: 10,
      leaseMs: 60_000,
      paymentId: p.id,
      now: new Date(),
    });
    expect(await agentChargeback(db(), p.id)).toMatchObject({
      status: 'done',
      detail: { amount: 10_000 },
    });
    answer = 'refuse';
    await Promise.all(claimed.map((m) => deliver(upstreams(), m)));
    const after = (await paymentById(db(), p.id))!;
    expect(after).toMatchObject({
      state: 'charged_back',
      chargedBackAmount: 10_000,
      refundedAmount: 0,
    });
    expect(await moneyViolations(db())).toEqual([]);
  });

  it('two invoices of one amount refused in the same millisecond are two reports to LOVAT', async () => {
    // Monthly premiums are often equal, and the outbox delivers a payment's notices side by side.
    const p = await capturedPayment(db(), [12_500, 12_500]);
    const now = new Date();
    // As a delivery records each refusal: its notice, then the money given back.
    for (const a of p.allocations)
      await db().transaction(async (tx) => {
        await tx
          .update(outboxEntries)
          .set({ status: 'refused' })
          .where(eq(outboxEntries.dedupeKey, `ipn:${a.noticeReference}`));
        await recordRefusal(tx, p.id, a.invoiceReference, '08', now);
      });
    expect(await lovatReports(p.id)).toEqual(['Success:25000', 'refund:12500', 'refund:12500']);
    expect(await moneyViolations(db())).toEqual([]);
  });

  type Step =
    | { kind: 'claim' }
    | { kind: 'finish'; answer: InsurerAnswer }
    | { kind: 'deliver'; answer: InsurerAnswer }
    | { kind: 'refund'; invoice: number | 'all'; override: boolean }
    | { kind: 'chargeback' };

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant({ kind: 'claim' as const }),
    fc.record({
      kind: fc.constant('finish' as const),
      answer: fc.constantFrom<InsurerAnswer>('accept', 'refuse', 'fail'),
    }),
    fc.record({
      kind: fc.constant('deliver' as const),
      answer: fc.constantFrom<InsurerAnswer>('accept', 'refuse', 'fail'),
    }),
    fc.record({
      kind: fc.constant('refund' as const),
      invoice: fc.oneof(fc.nat(3), fc.constant('all' as const)),
      override: fc.boolean(),
    }),
    fc.constant({ kind: 'chargeback' as const }),
  );

  it('holds its invariants over random sequences of captures, deliveries, refusals, refunds and chargebacks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 100, max: 500_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        async (amounts, steps) => {
          const p = await capturedPayment(db(), amounts);
          let claimed: OutboxEntry[] = [];
          for (const s of steps) {
            if (s.kind === 'claim') {
              claimed.push(
                ...(await claimDue(db(), {
                  limit: 10,
                  leaseMs: 60_000,
                  paymentId: p.id,
                  now: new Date(),
                })),
              );
            } else if (s.kind === 'finish') {
              answer = s.answer;
              await Promise.all(claimed.map((m) => deliver(upstreams(), m)));
              claimed = [];
            } else if (s.kind === 'deliver') {
              answer = s.answer;
              await db()
                .update(outboxEntries)
                .set({ nextAttemptAt: new Date(0) })
                .where(eq(outboxEntries.paymentId, p.id));
              await deliverDue(upstreams(), { paymentId: p.id });
            } else if (s.kind === 'refund') {
              const invoice =
                s.invoice === 'all'
                  ? 'all'
                  : [p.allocations[s.invoice % amounts.length]!.invoiceReference];
              await agentRefund(db(), p.id, invoice, s.override);
            } else {
              await agentChargeback(db(), p.id);
            }
          }
          expect(await moneyViolations(db())).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    // 200 sequences take ~15 s on two idle cores and twice that on busy ones.
  }, 120_000);
});
