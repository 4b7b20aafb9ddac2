import { insertPaymentRow } from '@/tests/support/money';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audited } from '@/lib/audit/audit';
import { auditLog } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/open';
import { outboxEntries, paymentAllocations, payments } from '@/lib/db/schema';
import { backends } from '@/tests/support/databases';
import { recordChargeback, refundPayment, retryDeliveryNow } from './agent-operations';
import { queueReceiptLink } from './receipt-link';

const actor = { id: 'agent-1', email: 'awa@lalo.test' };

describe.each(backends)('agent operations on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  const db = () => handle.db;

  async function payment(state = 'confirmed', amount = 50_000, split = [amount]) {
    const id = randomUUID();
    const ref = `PAY-${id.slice(0, 8).toUpperCase()}`;
    await insertPaymentRow(db(), {
      id,
      reference: ref,
      amount,
      state,
      billing: { address: 'Plateau', city: 'Abidjan', country: 'CIV', phone: '07 07 07 07 01' },
    });
    await db()
      .insert(paymentAllocations)
      .values(
        split.map((part, position) => ({
          paymentId: id,
          invoiceReference: `FAC-${id.slice(0, 6)}-${position}`,
          position,
          amount: part,
          remainingBefore: part,
          noticeReference: `${ref}-${position + 1}`,
          inFlight: state === 'captured',
        })),
      );
    return { id, ref };
  }

  const row = async (id: string) =>
    (await db().select().from(payments).where(eq(payments.id, id)))[0]!;
  const messages = (id: string) =>
    db().select().from(outboxEntries).where(eq(outboxEntries.paymentId, id));
  const run = (requestId: string, id: string, op: Parameters<typeof audited>[2]) =>
    audited(
      db(),
      {
        requestId,
        actor,
        action: 'payment.refund',
        targetType: 'payment',
        targetId: id,
        reason: 'test',
      },
      op,
    );

  it('refunds invoice by invoice, reports each to LOVAT, and closes the payment on the last', async () => {
    const p = await payment('confirmed', 50_000, [20_000, 30_000]);
    const first = `FAC-${p.id.slice(0, 6)}-0`;
    expect(await run(randomUUID(), p.id, (tx) => refundPayment(tx, p.id, [first]))).toEqual({
      status: 'done',
      detail: { amount: 20_000, full: false, invoices: [first] },
    });
    expect(await row(p.id)).toMatchObject({ state: 'confirmed', refundedAmount: 20_000 });
    expect(await run(randomUUID(), p.id, (tx) => refundPayment(tx, p.id, [first]))).toMatchObject({
      status: 'refused',
      reason: 'already_reversed',
      detail: { held: 30_000 },
    });
    expect(await run(randomUUID(), p.id, (tx) => refundPayment(tx, p.id, 'all'))).toMatchObject({
      status: 'done',
    });
    expect(await row(p.id)).toMatchObject({ state: 'refunded', refundedAmount: 50_000 });
    const reports = (await messages(p.id)).map((m) => [m.kind, m.payload.status, m.payload.amount]);
    expect(reports).toEqual([
      ['lovat_report', 'refund', 20_000],
      ['lovat_report', 'refund', 30_000],
    ]);
    const entries = await db().select().from(auditLog).where(eq(auditLog.targetId, p.id));
    expect(entries).toHaveLength(2); // the refused attempt left no entry
  });

  it('does a form sent twice at once only once', async () => {
    const p = await payment('captured');
    const requestId = randomUUID();
    const results = await Promise.all([
      run(requestId, p.id, (tx) => refundPayment(tx, p.id, 'all')),
      run(requestId, p.id, (tx) => refundPayment(tx, p.id, 'all')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'duplicate']);
    expect((await row(p.id)).refundedAmount).toBe(50_000);
    expect(await messages(p.id)).toHaveLength(1);
  });

  it('records a chargeback of what is held, and cancels notices never sent', async () => {
    const p = await payment('captured', 50_000, [5_000, 45_000]);
    await db()
      .insert(outboxEntries)
      .values(
        [1, 2].map((n) => ({
          paymentId: p.id,
          kind: 'enov_ipn',
          dedupeKey: `ipn:${p.ref}-${n}`,
          payload: {},
          status: 'pending',
          attempts: 0,
        })),
      );
    const first = `FAC-${p.id.slice(0, 6)}-0`;
    expect(await run(randomUUID(), p.id, (tx) => refundPayment(tx, p.id, [first]))).toMatchObject({
      status: 'done',
    });
    expect(await run(randomUUID(), p.id, (tx) => recordChargeback(tx, p.id))).toEqual({
      status: 'done',
      detail: { amount: 45_000, invoices: [`FAC-${p.id.slice(0, 6)}-1`] },
    });
    expect(await row(p.id)).toMatchObject({ state: 'charged_back', chargedBackAmount: 45_000 });
    const byKind = (await messages(p.id))
      .map((m) => `${m.kind}:${String(m.payload.status ?? '')}:${m.status}`)
      .sort();
    expect(byKind).toEqual([
      'enov_ipn::cancelled',
      'enov_ipn::cancelled',
      'lovat_report:Charge back:pending',
      'lovat_report:refund:pending',
    ]);
    const allocations = await db()
      .select()
      .from(paymentAllocations)
      .where(eq(paymentAllocations.paymentId, p.id));
    expect(allocations.map((a) => [a.inFlight, a.reversal])).toEqual([
      [false, 'agent_refund'],
      [false, 'chargeback'],
    ]);
    expect(await run(randomUUID(), p.id, (tx) => recordChargeback(tx, p.id))).toMatchObject({
      status: 'refused',
    });
  });

  it('makes a dead message due now, and refuses settled or busy ones', async () => {
    const p = await payment();
    const [dead, delivered, busy] = await db()
      .insert(outboxEntries)
      .values([
        {
          paymentId: p.id,
          kind: 'enov_ipn',
          dedupeKey: `d:${p.id}`,
          payload: {},
          status: 'dead',
          attempts: 9,
          nextAttemptAt: new Date('2030-01-01'),
        },
        {
          paymentId: p.id,
          kind: 'enov_ipn',
          dedupeKey: `v:${p.id}`,
          payload: {},
          status: 'delivered',
          attempts: 1,
        },
        {
          paymentId: p.id,
          kind: 'enov_ipn',
          dedupeKey: `b:${p.id}`,
          payload: {},
          status: 'pending',
          attempts: 1,
          leaseUntil: new Date(Date.now() + 60_000),
        },
      ])
      .returning();
    const now = new Date();
    expect(await retryDeliveryNow(db(), dead!.id, now)).toMatchObject({
      ok: true,
      detail: { was: 'dead', paymentId: p.id },
    });
    const [after] = await db().select().from(outboxEntries).where(eq(outboxEntries.id, dead!.id));
    expect(after).toMatchObject({ status: 'pending', nextAttemptAt: now, firstAttemptAt: now });
    expect(await retryDeliveryNow(db(), delivered!.id)).toEqual({
      ok: false,
      reason: 'notRetryable',
    });
    expect(await retryDeliveryNow(db(), busy!.id)).toEqual({ ok: false, reason: 'inProgress' });
    expect(await retryDeliveryNow(db(), 999_999)).toEqual({ ok: false, reason: 'notFound' });
  });

  it('queues the receipt link to the number given, or else the one used at payment', async () => {
    const p = await payment();
    const base = { paymentId: p.id, appUrl: 'https://pay.example' };
    expect(await queueReceiptLink(db(), { ...base, requestId: randomUUID(), phone: '' })).toEqual({
      ok: true,
      detail: { to: '+225 07 •• •• •• 01' },
    });
    expect(
      await queueReceiptLink(db(), { ...base, requestId: randomUUID(), phone: '05 55 55 55 09' }),
    ).toMatchObject({ ok: true });
    expect(await queueReceiptLink(db(), { ...base, requestId: randomUUID(), phone: '12' })).toEqual(
      { ok: false, reason: 'invalidPhone' },
    );
    const sms = (await messages(p.id)).map((m) => m.payload as { to: string; text: string });
    expect(sms.map((m) => m.to)).toEqual(['+2250707070701', '+2250555555509']);
    expect(sms[0]!.text).toMatch(
      /^LA LOYALE VIE : votre reçu de paiement PAY-.* : https:\/\/pay\.example\/recu\//,
    );
  });
});
