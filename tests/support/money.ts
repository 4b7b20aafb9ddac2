import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/open';
import { payments } from '@/lib/db/schema';
import { audited } from '@/lib/audit/audit';
import {
  newPaymentId,
  newPaymentReference,
  newReceiptToken,
  noticeReference,
} from '@/lib/payments/ids';
import { captureEntries } from '@/lib/payments/outbox-entries';
import type { OutboxDeps } from '@/lib/payments/outbox';
import { recordChargeback, refundPayment } from '@/lib/payments/agent-operations';
import {
  captureWithEntries,
  insertPayment,
  paymentById,
  transition,
} from '@/lib/payments/repository';
import { failure, success } from '@/lib/upstream/result';

/**
 * Money on a real database without any upstream: captured payments made through the pipeline's
 * own repository, an insurer whose answer the test chooses, and agents' operations through the
 * audited path they take in the app.
 */

/**
 * A payment row written directly, for tests that need one in a given state without going
 * through the pipeline: every column the schema requires, `over` on top. Returns its id.
 */
export async function insertPaymentRow(
  db: Db,
  over: Partial<typeof payments.$inferInsert> = {},
): Promise<string> {
  const id = over.id ?? randomUUID();
  await db.insert(payments).values({
    reference: `PAY-${id.slice(0, 8).toUpperCase()}`,
    receiptToken: randomUUID(),
    idempotencyKey: randomUUID(),
    requestHash: 'h',
    contractId: '9000000001',
    amount: 10_000,
    method: 'card',
    methodDetail: '4242-****-****-4242',
    billing: { address: 'Plateau', city: 'Abidjan', country: 'CIV', phone: '+2250700000001' },
    locale: 'fr',
    state: 'captured',
    ...over,
    id,
  });
  return id;
}

/** A card payment of these invoice amounts, captured, with its notices queued. */
export async function capturedPayment(db: Db, amounts: number[]) {
  const id = newPaymentId();
  const reference = newPaymentReference();
  const total = amounts.reduce((a, b) => a + b, 0);
  const payment = await insertPayment(
    db,
    {
      id,
      reference,
      receiptToken: newReceiptToken(),
      idempotencyKey: randomUUID(),
      requestHash: 'test',
      contractId: '9000000001',
      amount: total,
      method: 'card',
      methodDetail: '4242-****-****-4242',
      billing: { address: 'Plateau', city: 'Abidjan', country: 'CIV', phone: '+2250707070701' },
      locale: 'fr',
      state: 'pending',
    },
    amounts.map((amount, position) => ({
      invoiceReference: `FAC-${reference.slice(4)}-${position + 1}`,
      position,
      amount,
      remainingBefore: amount,
      noticeReference: noticeReference(reference, position),
    })),
  );
  await transition(db, id, ['pending'], 'authorised');
  const capturedAt = new Date();
  await captureWithEntries(db, id, capturedAt, captureEntries({ ...payment, capturedAt }));
  return (await paymentById(db, id))!;
}

export type InsurerAnswer = 'accept' | 'refuse' | 'fail';

/** Outbox dependencies whose insurer answers what `answer()` says at the time of each call. */
export function fakeUpstreams(
  db: Db,
  answer: () => InsurerAnswer,
  opts: { delayMs?: number } = {},
): OutboxDeps {
  return {
    db,
    enov: {
      async notifyPayment() {
        if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
        const a = answer();
        if (a === 'accept') return success({ code: '00' } as never);
        return failure({
          upstream: 'enov',
          kind: a === 'refuse' ? 'permanent' : 'transient',
          reason: a === 'refuse' ? 'code' : 'network',
          code: a === 'refuse' ? '03' : undefined,
          message: a,
        });
      },
    },
    lovat: { sendTransaction: async () => success({} as never) },
    serviceCode: '21',
  };
}

const actor = { id: 'agent-test', email: 'agent@lalo.test' };

/** An agent's refund, as the app's action runs it: audited, in one transaction. */
export const agentRefund = (
  db: Db,
  paymentId: string,
  invoices: string[] | 'all',
  overrideInsurer = false,
) =>
  audited(
    db,
    {
      requestId: randomUUID(),
      actor,
      action: 'payment.refund',
      targetType: 'payment',
      targetId: paymentId,
      reason: 'test',
    },
    (tx) => refundPayment(tx, paymentId, invoices, { overrideInsurer }),
  );

export const agentChargeback = (db: Db, paymentId: string) =>
  audited(
    db,
    {
      requestId: randomUUID(),
      actor,
      action: 'payment.chargeback',
      targetType: 'payment',
      targetId: paymentId,
      reason: 'test',
    },
    (tx) => recordChargeback(tx, paymentId),
  );
