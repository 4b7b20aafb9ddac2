import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CinetPayInit } from '@/lib/cinetpay/client';
import type { CinetPayVerdict } from '@/lib/cinetpay/verdict';
import type { DbHandle } from '@/lib/db/open';
import { outboxEntries, payments } from '@/lib/db/schema';
import { failure, success, type UpstreamResult } from '@/lib/upstream/result';
import { backends } from '@/tests/support/databases';
import { advanceAwaitingPayment, advanceAwaitingPayments, verifyOnHint } from '../awaiting';
import { startCheckout, type CheckoutDeps } from '../checkout';
import { processorEventsOf } from '../processor-events';
import { paymentById } from '../repository';
import type { CheckoutRequest } from '../types';
import { cinetpayProcessor } from './cinetpay';

/**
 * The pipeline on CinetPay, with CinetPay played by the test: what each verification answer
 * does to a payment. The client itself is tested against the sandbox's twin
 * (tests/contract/cinetpay-client.int.test.ts).
 */

type Verdict = UpstreamResult<CinetPayVerdict>;
const accepted = (amount: number | null, currency = 'XOF', method = 'OM'): Verdict =>
  success({ status: 'accepted', amount, currency, method, operatorId: 'MP1', paidAt: null });
const waiting: Verdict = success({ status: 'waiting', code: '662', message: 'WAITING' });
const refused: Verdict = success({ status: 'refused', code: '627', message: 'TRANSACTION_CANCEL' });

describe.each(backends)('payments on CinetPay on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });

  const inits: CinetPayInit[] = [];
  let answer: Verdict = waiting;
  let initAnswer: 'ok' | 'refused' = 'ok';
  const processor = cinetpayProcessor({
    client: {
      async initPayment(init) {
        inits.push(init);
        if (initAnswer === 'refused')
          return failure({
            upstream: 'cinetpay',
            kind: 'permanent',
            reason: 'code',
            code: '609',
            message: 'AUTH_NOT_FOUND',
          });
        return success({
          paymentToken: `tok-${init.transactionId}`,
          paymentUrl: `https://checkout.example/${init.transactionId}`,
        });
      },
      checkPayment: async () => answer,
    },
    appUrl: 'https://pay.example',
    approvalMs: 30 * 60_000,
  });

  const deps = (): CheckoutDeps => ({
    db: handle.db,
    minAmount: 100,
    processor,
    selectInvoices: async () =>
      success([
        {
          reference: `FAC-${randomUUID().slice(0, 8)}`,
          issueDate: '2026-01-05',
          amount: 47_500,
          paid: 0,
          remaining: 47_500,
          state: 'unpaid' as const,
        },
      ]),
  });

  async function start(over: Partial<CheckoutRequest> = {}) {
    const d = deps();
    const lookup = await d.selectInvoices('2021007730');
    const invoice = lookup.ok ? lookup.value[0]!.reference : '';
    const result = await startCheckout(
      { ...d, selectInvoices: async () => lookup },
      {
        idempotencyKey: randomUUID(),
        contractId: '2021007730',
        invoiceReferences: [invoice],
        amount: 'full',
        method: 'cinetpay',
        billing: {
          address: 'Rue des Jardins',
          city: 'Abidjan',
          country: 'CIV',
          phone: '+2250700000001',
          name: 'Awa',
          surname: 'Koné',
        },
        locale: 'fr',
        ...over,
      },
    );
    if (!result.ok) throw new Error(result.problem);
    return result.payment;
  }

  it('registers the payment with CinetPay and waits for the customer on its guichet', async () => {
    const p = await start();
    expect(p).toMatchObject({
      state: 'awaiting_approval',
      processor: 'cinetpay',
      method: 'cinetpay',
      processorToken: `tok-${p.reference}`,
      processorUrl: `https://checkout.example/${p.reference}`,
    });
    expect(inits.at(-1)).toMatchObject({
      transactionId: p.reference,
      amount: 47_500,
      notifyUrl: 'https://pay.example/api/cinetpay/notify',
      returnUrl: 'https://pay.example/api/cinetpay/return',
      metadata: p.id,
      customer: { name: 'Awa', surname: 'Koné', email: 'paiement@laloyalevie.ci', country: 'CI' },
    });
    expect(p.approvalExpiresAt!.getTime() - p.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    // Not asked about before the customer had a minute on the guichet.
    expect(p.processorNextCheckAt!.getTime() - p.createdAt.getTime()).toBeGreaterThan(59_000);
  });

  it('captures only what verification confirms, naming the method CinetPay took', async () => {
    const p = await start();
    answer = accepted(47_500);
    const after = await advanceAwaitingPayment(handle.db, processor, p.id);
    expect(after).toMatchObject({ state: 'captured', method: 'orange' });
    const queued = await handle.db
      .select()
      .from(outboxEntries)
      .where(eq(outboxEntries.paymentId, p.id));
    expect(queued.map((m) => m.kind).sort()).toEqual(['enov_ipn', 'lovat_report']);
    // A repeated notification changes nothing.
    expect((await verifyOnHint(handle.db, processor, after!))?.state).toBe('captured');
    expect((await processorEventsOf(handle.db, p.id)).map((e) => e.outcome)).toEqual(['approved']);
  });

  it.each([
    ['another amount', accepted(47_000)],
    ['another currency', accepted(47_500, 'XAF')],
    ['an unreadable amount', accepted(null)],
  ])(
    'sends a payment verified with %s to an agent, and tells the insurer nothing',
    async (_n, a) => {
      const p = await start();
      answer = a;
      const after = await advanceAwaitingPayment(handle.db, processor, p.id);
      expect(after).toMatchObject({ state: 'needs_attention' });
      expect(after!.stateReason).toMatch(/^amount_mismatch:/);
      const queued = await handle.db
        .select()
        .from(outboxEntries)
        .where(eq(outboxEntries.paymentId, p.id));
      expect(queued).toEqual([]);
    },
  );

  it('declines a refused payment and frees its invoices', async () => {
    const p = await start();
    answer = refused;
    const after = await advanceAwaitingPayment(handle.db, processor, p.id);
    expect(after).toMatchObject({ state: 'declined', stateReason: 'cinetpay_627' });
    expect(after!.allocations.every((a) => !a.inFlight)).toBe(true);
  });

  it('asks again with backoff while waiting, and gives the invoices back once the hold ends', async () => {
    const p = await start();
    answer = waiting;
    const t0 = new Date();
    await advanceAwaitingPayment(handle.db, processor, p.id, t0);
    const [once] = await handle.db.select().from(payments).where(eq(payments.id, p.id));
    expect(once).toMatchObject({ state: 'awaiting_approval', processorChecks: 1 });
    expect(once!.processorNextCheckAt!.getTime() - t0.getTime()).toBe(60_000);
    // Not due yet: the sweep leaves it alone; due: it asks (then waits 2 minutes).
    await advanceAwaitingPayments(handle.db, processor, new Date(t0.getTime() + 30_000));
    expect((await paymentById(handle.db, p.id))!.processorChecks).toBe(1);
    await advanceAwaitingPayments(handle.db, processor, new Date(t0.getTime() + 61_000));
    expect((await paymentById(handle.db, p.id))!.processorChecks).toBe(2);
    const late = new Date(p.approvalExpiresAt!.getTime() + 1);
    const after = await advanceAwaitingPayment(handle.db, processor, p.id, late);
    expect(after).toMatchObject({ state: 'expired' });
    expect(after!.allocations.every((a) => !a.inFlight)).toBe(true);
    // CinetPay accepts after all: an agent decides (the invoices may be paid otherwise since).
    answer = accepted(47_500);
    expect(await verifyOnHint(handle.db, processor, after!)).toMatchObject({
      state: 'needs_attention',
      stateReason: 'late_acceptance',
    });
  });

  it('fails a payment CinetPay would not register: nothing was taken', async () => {
    initAnswer = 'refused';
    try {
      const p = await start();
      expect(p).toMatchObject({ state: 'failed', stateReason: 'processor_unavailable:609' });
      expect(p.allocations.every((a) => !a.inFlight)).toBe(true);
    } finally {
      initAnswer = 'ok';
    }
  });

  it('refuses an amount CinetPay cannot take (not a multiple of 5)', async () => {
    await expect(start({ amount: 10_001 })).rejects.toThrow('amountStep');
  });
});
