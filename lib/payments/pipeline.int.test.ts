import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliveryAttempts, outboxEntries, payments } from '@/lib/db/schema';
import type { DbHandle } from '@/lib/db/open';
import { enovClient, lovatClient } from '@/tests/support/clients';
import { backends } from '@/tests/support/databases';
import { clearFaults, control, invoice, resetSandbox, setFault } from '@/tests/support/sandbox';
import { withdrawWalletRequest } from './awaiting';
import { startCheckout, type CheckoutDeps } from './checkout';
import { deliverDue, type OutboxDeps } from './outbox';
import { simulatedProcessor } from './processors/simulated';
import { paymentById, paymentHistory } from './repository';
import type { CheckoutRequest } from './types';

const billing = {
  address: 'Rue des Jardins, Cocody',
  city: 'Abidjan',
  country: 'CIV',
  phone: '+2250700000001',
};

const request = (over: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  idempotencyKey: randomUUID(),
  contractId: '2021007730',
  invoiceReferences: ['FAC-2026-000201'],
  amount: 'full',
  method: 'card',
  card: { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' },
  billing,
  customerIp: '196.47.128.10',
  locale: 'fr',
  ...over,
});

describe.each(backends)('payment pipeline on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  let checkout: CheckoutDeps;
  let outbox: OutboxDeps;
  let clock: Date;

  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  beforeEach(async () => {
    await resetSandbox();
    await handle.db.delete(payments);
    clock = new Date();
    // The production default: 20 look-ups at once on two busy cores can take over a second,
    // and no test here waits on a timeout.
    const enov = enovClient({ timeoutMs: 10_000 });
    checkout = {
      db: handle.db,
      selectInvoices: enov.selectInvoices,
      minAmount: 100,
      processor: simulatedProcessor({
        walletApprovalTimeoutMs: 60_000,
        walletApprovalDelayMs: 3_000,
      }),
    };
    outbox = {
      db: handle.db,
      enov,
      lovat: lovatClient({ timeoutMs: 10_000 }),
      serviceCode: '21',
      now,
    };
  });
  afterEach(async () => {
    await clearFaults();
  });

  // Time moves on by itself, and tests may jump it forward to when a retry is due.
  const now = () => new Date(Math.max(Date.now(), clock.getTime()));

  const start = async (over: Partial<CheckoutRequest> = {}) => {
    const result = await startCheckout(checkout, request(over));
    if (!result.ok) throw new Error(`checkout refused: ${result.problem}`);
    return result.payment;
  };

  it('charges a card, notifies the insurer and LOVAT, and ends confirmed', async () => {
    const payment = await start();
    expect(payment).toMatchObject({
      state: 'captured',
      amount: 47_500,
      methodDetail: '4242-****-****-4242',
    });
    expect(await deliverDue(outbox, { paymentId: payment.id })).toBe(2);
    expect((await paymentById(handle.db, payment.id))?.state).toBe('confirmed');
    expect((await paymentHistory(handle.db, payment.id)).map((e) => e.toState)).toEqual([
      'pending',
      'authorised',
      'captured',
      'confirmed',
    ]);
    expect(await invoice('FAC-2026-000201')).toMatchObject({ montantRegle: 47_500 });
    const { json } = await control('GET', `/reports?transaction_id=${payment.reference}`);
    expect(json.reports[0].fields).toMatchObject({
      transaction_sum: '47500',
      transaction_status: 'Success',
      bank_card_number: '4242-****-****-4242',
      billing_address: billing.address,
    });
  });

  it('allocates a partial amount oldest first, one notice per invoice', async () => {
    const payment = await start({
      contractId: '2019004512',
      invoiceReferences: ['FAC-2026-000103', 'FAC-2026-000101', 'FAC-2026-000102'],
      amount: 30_000,
    });
    expect(payment.allocations.map((a) => [a.invoiceReference, a.amount])).toEqual([
      ['FAC-2026-000101', 25_000],
      ['FAC-2026-000102', 5_000],
    ]);
    await deliverDue(outbox, { paymentId: payment.id });
    expect(await invoice('FAC-2026-000101')).toMatchObject({ montantRegle: 25_000 });
    expect(await invoice('FAC-2026-000102')).toMatchObject({ montantRegle: 15_000, etat: 4 });
    expect((await paymentById(handle.db, payment.id))?.state).toBe('confirmed');
  });

  it('makes one payment of an attempt repeated, even 20 times at once', async () => {
    const req = request();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => startCheckout(checkout, req)),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.payment.id : r.problem)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    const [rows] = await handle.db
      .select({ n: count() })
      .from(payments)
      .where(eq(payments.contractId, '2021007730'));
    expect(rows?.n).toBe(1);
  });

  it('refuses the same attempt key with other parameters', async () => {
    const req = request({ contractId: '2019004512', invoiceReferences: ['FAC-2026-000101'] });
    await startCheckout(checkout, req);
    expect(await startCheckout(checkout, { ...req, amount: 1_000 })).toEqual({
      ok: false,
      problem: 'keyReused',
    });
  });

  it('lets one payment at a time be under way on an invoice', async () => {
    const waiting = await start({ method: 'orange', card: undefined, walletNumber: '0700000003' });
    expect(waiting.state).toBe('awaiting_approval');
    expect(await startCheckout(checkout, request())).toEqual({ ok: false, problem: 'invoiceBusy' });
  });

  it('withdraws an unanswered wallet request for another number, never an approved one', async () => {
    const wallet = { method: 'orange', card: undefined } as const;
    const unanswered = await start({ ...wallet, walletNumber: '0700000003' });
    expect(await withdrawWalletRequest(handle.db, checkout.processor, unanswered)).toMatchObject({
      state: 'expired',
      stateReason: 'number_changed',
    });
    // The invoice is free for the request to the right number, which the phone approves.
    const answered = await start({ ...wallet, walletNumber: '0700000001' });
    expect(answered.state).toBe('awaiting_approval');
    const approvedBy = new Date(answered.createdAt.getTime() + 5_000);
    expect(
      await withdrawWalletRequest(handle.db, checkout.processor, answered, approvedBy),
    ).toMatchObject({ state: 'captured' });
  });

  it('declines a declined card, takes nothing and frees the invoice', async () => {
    const declined = await start({
      card: { number: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' },
    });
    expect(declined).toMatchObject({ state: 'declined', stateReason: 'card_declined' });
    expect(
      (await handle.db.select().from(outboxEntries).where(eq(outboxEntries.paymentId, declined.id)))
        .length,
    ).toBe(0);
    expect((await start()).state).toBe('captured');
  });

  it.each<[Partial<CheckoutRequest>, string]>([
    [{ amount: 99 }, 'belowMinimum'],
    [{ amount: 47_501 }, 'aboveDue'],
    [{ invoiceReferences: ['FAC-0000-000000'] }, 'invoiceGone'],
    [{ contractId: '0000000002' }, 'lookupFailed'],
  ])('refuses %j: %s', async (over, problem) => {
    expect(await startCheckout(checkout, request(over))).toEqual({ ok: false, problem });
  });

  it('keeps a notice the insurer could not take, and delivers it once it is back', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'http500' });
    const payment = await start();
    await deliverDue(outbox, { paymentId: payment.id });
    const [ipn] = await handle.db
      .select()
      .from(outboxEntries)
      .where(eq(outboxEntries.dedupeKey, `ipn:${payment.reference}-1`));
    expect(ipn).toMatchObject({ status: 'pending', attempts: 1, lastCode: '500' });
    expect(ipn!.nextAttemptAt.getTime()).toBeGreaterThan(clock.getTime());
    expect((await paymentById(handle.db, payment.id))?.state).toBe('captured');

    // Not due yet: nothing is sent before its time.
    expect(await deliverDue(outbox, { paymentId: payment.id })).toBe(0);
    await clearFaults();
    clock = new Date(ipn!.nextAttemptAt.getTime() + 1);
    expect(await deliverDue(outbox, { paymentId: payment.id })).toBe(1);
    expect((await paymentById(handle.db, payment.id))?.state).toBe('confirmed');
    const attempts = await handle.db
      .select()
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.entryId, ipn!.id))
      .orderBy(deliveryAttempts.id);
    expect(attempts.map((a) => [a.outcome, a.code, a.nextAttemptAt])).toEqual([
      ['retry', '500', ipn!.nextAttemptAt],
      ['delivered', '00', null],
    ]);
    expect(attempts[0]!.at).toEqual(ipn!.firstAttemptAt);
    expect(attempts[1]!.at.getTime()).toBeGreaterThanOrEqual(clock.getTime());
  });

  it('refunds automatically when the insurer refuses a notice for good', async () => {
    const payment = await start();
    // Someone else pays the invoice in full first: our notice is now above what is due (03).
    await enovClient().notifyPayment({
      invoiceReference: 'FAC-2026-000201',
      amount: 47_500,
      paymentReference: 'ELSEWHERE-1',
      paidAt: new Date(),
      statusCode: '00',
    });
    await deliverDue(outbox, { paymentId: payment.id });
    expect(await paymentById(handle.db, payment.id)).toMatchObject({
      state: 'refunded',
      stateReason: 'insurer_refused',
      refundedAmount: 47_500,
    });
    await deliverDue(outbox, { paymentId: payment.id });
    const { json } = await control('GET', `/reports?transaction_id=${payment.reference}`);
    expect(json.reports.map((r: { status: string }) => r.status).sort()).toEqual([
      'refund',
      'success',
    ]);
  });

  it('flags a payment for an agent when our credentials are refused, and keeps trying', async () => {
    const payment = await start();
    await deliverDue(
      { ...outbox, enov: enovClient({ password: 'revoked' }) },
      { paymentId: payment.id },
    );
    expect(await paymentById(handle.db, payment.id)).toMatchObject({
      state: 'needs_attention',
      stateReason: 'enov_auth',
    });
    const [ipn] = await handle.db
      .select()
      .from(outboxEntries)
      .where(eq(outboxEntries.dedupeKey, `ipn:${payment.reference}-1`));
    expect(ipn).toMatchObject({ status: 'pending', lastCode: '-1' });
    clock = new Date(ipn!.nextAttemptAt.getTime() + 1);
    await deliverDue(outbox, { paymentId: payment.id });
    expect((await paymentById(handle.db, payment.id))?.state).toBe('confirmed');
  });

  it('gives up after the retry window and hands the payment to an agent', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'code', code: '-2' });
    const payment = await start();
    const policy = { baseMs: 1_000, factor: 2, maxDelayMs: 4_000, windowMs: 10_000, jitter: 0 };
    for (let i = 0; i < 8; i++) {
      await deliverDue({ ...outbox, policy }, { paymentId: payment.id });
      clock = new Date(clock.getTime() + 5_000);
    }
    const [ipn] = await handle.db
      .select()
      .from(outboxEntries)
      .where(eq(outboxEntries.dedupeKey, `ipn:${payment.reference}-1`));
    expect(ipn?.status).toBe('dead');
    expect((await paymentById(handle.db, payment.id))?.state).toBe('needs_attention');
  });

  it('never delivers one message twice at once, whoever asks', async () => {
    const payment = await start();
    const counts = await Promise.all(
      Array.from({ length: 5 }, () => deliverDue(outbox, { paymentId: payment.id })),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    const { json } = await control('GET', `/notifications?refpaiement=${payment.reference}-1`);
    expect(json.notifications).toHaveLength(1);
    expect(json.notifications[0].repeats).toBe(0);
  });
});
