import { createHash } from 'node:crypto';
import type { Db } from '@/lib/db/open';
import { uniqueViolation } from '@/lib/db/errors';
import type { Invoice } from '@/lib/enov/types';
import type { UpstreamResult } from '@/lib/upstream/result';
import { allocate, checkAmount, totalDue, type AmountProblem } from './allocation';
import type { CheckoutRefusal } from './checkout-limits';
import { newPaymentId, newPaymentReference, newReceiptToken, noticeReference } from './ids';
import { normalizeIvorianNumber } from './mobile-money';
import { captureEntries } from './outbox-entries';
import { maskedMethodDetail } from './method-detail';
import type { PaymentProcessor } from './processor';
import {
  captureWithEntries,
  insertPayment,
  paymentById,
  paymentByKey,
  releaseInvoices,
  transition,
  type PaymentWithAllocations,
} from './repository';
import type { CheckoutRequest } from './types';
import { notePaymentReference } from '@/lib/telemetry/tracing';

export interface CheckoutDeps {
  db: Db;
  selectInvoices: (contractId: string) => Promise<UpstreamResult<Invoice[]>>;
  minAmount: number;
  processor: PaymentProcessor;
  /** Whether a new checkout may start (limits per client and contract); replays always may. */
  admit?: (req: CheckoutRequest) => Promise<CheckoutRefusal | null>;
  now?: () => Date;
}

export type CheckoutProblem =
  | 'keyReused' // the same attempt key with other parameters
  | 'invoiceBusy' // another payment is already under way on one of these invoices
  | 'invoiceGone' // an invoice is no longer open at the insurer
  | 'lookupFailed' // the insurer could not tell us what is due
  | CheckoutRefusal // too many checkouts from this client or on this contract
  | 'amountStep' // not a multiple of what the processor accepts
  | AmountProblem;

export type CheckoutResult =
  | { ok: true; payment: PaymentWithAllocations; replayed: boolean }
  | { ok: false; problem: CheckoutProblem };

function requestHash(req: CheckoutRequest): string {
  const { idempotencyKey: _key, card, walletNumber, customerIp: _ip, ...rest } = req;
  const detail = maskedMethodDetail(req.method, card, walletNumber);
  const canonical = { ...rest, invoiceReferences: [...rest.invoiceReferences].sort(), detail };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

async function existing(db: Db, req: CheckoutRequest): Promise<CheckoutResult | undefined> {
  const found = await paymentByKey(db, req.idempotencyKey);
  if (!found) return undefined;
  notePaymentReference(found.reference);
  if (found.requestHash !== requestHash(req)) return { ok: false, problem: 'keyReused' };
  return { ok: true, payment: found, replayed: true };
}

/**
 * Starts (or finds again) the payment of one checkout attempt. The payment is written, under
 * its idempotency key and with a hold on each invoice, before anything is charged: whatever
 * repeats the attempt (double click, reload, two tabs, a retried request) finds it and never
 * charges twice.
 */
export async function startCheckout(
  deps: CheckoutDeps,
  req: CheckoutRequest,
): Promise<CheckoutResult> {
  const again = await existing(deps.db, req);
  if (again) return again;
  const refused = await deps.admit?.(req);
  if (refused) return { ok: false, problem: refused };

  // What is due now, at the insurer: never trust amounts from the browser.
  const lookup = await deps.selectInvoices(req.contractId);
  if (!lookup.ok) return { ok: false, problem: 'lookupFailed' };
  const chosen = lookup.value.filter((i) => req.invoiceReferences.includes(i.reference));
  if (chosen.length !== new Set(req.invoiceReferences).size)
    return { ok: false, problem: 'invoiceGone' };
  const due = totalDue(chosen);
  const amount = req.amount === 'full' ? due : req.amount;
  const problem = checkAmount(amount, due, deps.minAmount);
  if (problem) return { ok: false, problem };
  if (amount % deps.processor.amountStep !== 0) return { ok: false, problem: 'amountStep' };

  const now = deps.now?.() ?? new Date();
  const reference = newPaymentReference();
  notePaymentReference(reference);
  const id = newPaymentId();
  const wallet =
    req.method === 'card' || req.method === 'cinetpay'
      ? null
      : normalizeIvorianNumber(req.walletNumber ?? '');
  const allocations = allocate(amount, chosen).map((a, position) => ({
    invoiceReference: a.reference,
    position,
    amount: a.amount,
    remainingBefore: chosen.find((i) => i.reference === a.reference)!.remaining,
    noticeReference: noticeReference(reference, position),
  }));
  let payment: PaymentWithAllocations;
  try {
    payment = await insertPayment(
      deps.db,
      {
        id,
        reference,
        receiptToken: newReceiptToken(),
        idempotencyKey: req.idempotencyKey,
        requestHash: requestHash(req),
        contractId: req.contractId,
        amount,
        method: req.method,
        methodDetail: maskedMethodDetail(req.method, req.card, req.walletNumber),
        walletNumber: wallet,
        processor: deps.processor.name,
        billing: req.billing,
        customerIp: req.customerIp ?? null,
        locale: req.locale,
        state: 'pending',
        createdAt: now,
        updatedAt: now,
      },
      allocations,
    );
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint?.includes('idempotency')) {
      const raced = await existing(deps.db, req);
      if (raced) return raced;
    }
    if (constraint?.includes('in_flight')) return { ok: false, problem: 'invoiceBusy' };
    throw error;
  }
  return { ok: true, payment: await charge(deps, payment, req, now), replayed: false };
}

async function charge(
  deps: CheckoutDeps,
  payment: PaymentWithAllocations,
  req: CheckoutRequest,
  now: Date,
): Promise<PaymentWithAllocations> {
  const { db } = deps;
  const { id } = payment;
  const outcome = await deps.processor.start({ payment, card: req.card, now });
  if (outcome.kind === 'awaiting') {
    await transition(db, id, ['pending'], 'awaiting_approval', {
      approvalExpiresAt: outcome.expiresAt,
      processorToken: outcome.token ?? null,
      processorUrl: outcome.redirectUrl ?? null,
      // Not asked about at once: the customer has only just been sent to pay.
      processorNextCheckAt: new Date(now.getTime() + deps.processor.recheckAfterMs(0)),
    });
  } else if (outcome.kind === 'approved') {
    // The common case needs no reading back: we hold the row we wrote and know each move.
    const authorised = await transition(db, id, ['pending'], 'authorised');
    const captured = authorised && (await capture(db, { ...payment, state: 'authorised' }));
    if (captured) return captured;
  } else {
    const to = outcome.kind === 'failed' ? 'failed' : 'declined';
    await transition(db, id, ['pending'], to, { stateReason: outcome.reason });
    await releaseInvoices(db, id);
  }
  return (await paymentById(db, id))!;
}

/**
 * Captures an authorised payment and queues what it owes the insurer and LOVAT. Returns the
 * captured payment, or undefined when it was not authorised any more (another actor moved it).
 */
async function capture(db: Db, payment: PaymentWithAllocations) {
  const capturedAt = new Date();
  const entries = captureEntries({ ...payment, capturedAt });
  if (!(await captureWithEntries(db, payment.id, capturedAt, entries))) return undefined;
  const captured: PaymentWithAllocations = {
    ...payment,
    state: 'captured',
    capturedAt,
    updatedAt: capturedAt,
  };
  return captured;
}

/** `capture`, for a payment known by its id (recovery and wallet approvals). */
export async function captureNow(db: Db, id: string) {
  const payment = await paymentById(db, id);
  return payment ? capture(db, payment) : undefined;
}
