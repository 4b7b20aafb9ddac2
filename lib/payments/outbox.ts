import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '@/lib/db/open';
import { outboxEntries, payments, type OutboxEntry } from '@/lib/db/schema';
import type { UpstreamFailure, UpstreamResult } from '@/lib/upstream/result';
import { DEFAULT_BACKOFF, nextAttemptAt, type BackoffPolicy } from './backoff';
import { recordDelivery, type DeliveryRecord } from './delivery-record';
import { tracedDelivery } from './delivery-trace';
import { flagForAgent, reconcile, recordRefusal } from './settlement';
import type { IpnPayload, LovatPayload, ReceiptSmsPayload } from './outbox-entries';
import { operatorName } from './outbox-entries';
import { paymentRow } from './repository';
import type { EnovClient } from '@/lib/enov/client';
import type { LovatClient } from '@/lib/lovat/client';
import type { SmsClient } from '@/lib/sms/client';
import { isDraining } from '@/lib/ops/draining';
import { dropLease, holdLease } from './leases';

export interface OutboxDeps {
  db: Db;
  enov: Pick<EnovClient, 'notifyPayment'>;
  lovat: Pick<LovatClient, 'sendTransaction'>;
  sms?: Pick<SmsClient, 'send'>;
  policy?: BackoffPolicy;
  /** How long a claim holds a message: longer than any upstream call can take. */
  leaseMs?: number;
  serviceCode?: string;
  now?: () => Date;
}

// Enov refuses these for good: the notice itself is wrong, retrying cannot help.
const REFUSALS = new Set(['02', '03', '04', '05', '06']);

/**
 * Claims due entries for this caller: a short transaction with FOR UPDATE SKIP LOCKED, so two
 * instances never claim the same message, and a lease (not a held transaction) while it is
 * delivered, so a crash frees the message once the lease ends.
 */
export async function claimDue(
  db: Db,
  opts: { limit: number; leaseMs: number; paymentId?: string; now: Date; token?: string },
) {
  const token = opts.token ?? randomUUID();
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const due = db
    .select({ id: outboxEntries.id })
    .from(outboxEntries)
    .where(
      and(
        eq(outboxEntries.status, 'pending'),
        lte(outboxEntries.nextAttemptAt, opts.now),
        or(isNull(outboxEntries.leaseUntil), lte(outboxEntries.leaseUntil, opts.now)),
        opts.paymentId ? eq(outboxEntries.paymentId, opts.paymentId) : sql`true`,
      ),
    )
    .orderBy(asc(outboxEntries.nextAttemptAt))
    .limit(opts.limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(outboxEntries)
    .set({ leaseToken: token, leaseUntil })
    .where(sql`${outboxEntries.id} in (${due})`)
    .returning();
  return claimed;
}

async function send(deps: OutboxDeps, message: OutboxEntry): Promise<UpstreamResult<unknown>> {
  if (message.kind === 'enov_ipn') {
    const p = message.payload as unknown as IpnPayload;
    return deps.enov.notifyPayment({
      invoiceReference: p.invoiceReference,
      amount: p.amount,
      paymentReference: p.paymentReference,
      paidAt: new Date(p.paidAt),
      statusCode: '00',
      statusLabel: 'Paiement accepté',
    });
  }
  if (message.kind === 'receipt_sms') {
    const p = message.payload as unknown as ReceiptSmsPayload;
    if (!deps.sms) throw new Error('no SMS gateway configured');
    return deps.sms.send({ to: p.to, text: p.text });
  }
  const p = message.payload as unknown as LovatPayload;
  const payment = await paymentRow(deps.db, message.paymentId);
  if (!payment) throw new Error(`payment ${message.paymentId} not found`);
  return deps.lovat.sendTransaction(
    {
      transactionId: p.transactionId,
      at: new Date(p.at),
      amount: p.amount,
      currency: 'XOF',
      status: p.status,
      serviceCode: deps.serviceCode,
      paymentOperator: operatorName(payment.method),
      maskedCardNumber: payment.method === 'card' ? payment.methodDetail : undefined,
      customerIp: payment.customerIp ?? undefined,
      customerPhone: payment.billing.phone || undefined,
      billing: {
        country: payment.billing.country,
        address: payment.billing.address,
        city: payment.billing.city,
      },
      paymentMethodCountry: 'CIV',
    },
    { digital: true, calculateVat: false },
  );
}

/** What an upstream's answer makes of the message: done, refused for good, or retried. */
function classify(
  deps: OutboxDeps,
  message: OutboxEntry,
  result: UpstreamResult<unknown>,
  now: Date,
): { status: string; outcome: string; next: Date | null } {
  if (result.ok) return { status: 'delivered', outcome: 'delivered', next: null };
  const { error } = result;
  if (message.kind === 'enov_ipn' && error.reason === 'code' && REFUSALS.has(error.code ?? ''))
    return { status: 'refused', outcome: 'refused', next: null };
  if (error.kind === 'permanent' && !(error.upstream === 'enov' && error.code === '-1'))
    return { status: 'dead', outcome: 'refused', next: null };
  const first = message.firstAttemptAt ?? now;
  const policy = deps.policy ?? DEFAULT_BACKOFF;
  const next = nextAttemptAt(first, message.attempts + 1, now, policy);
  return next
    ? { status: 'pending', outcome: 'retry', next }
    : { status: 'dead', outcome: 'gave_up', next: null };
}

/** Delivers one claimed message and records what happened, then what it means for the payment. */
export function deliver(deps: OutboxDeps, message: OutboxEntry): Promise<void> {
  return tracedDelivery(deps.db, message, () => deliverOnce(deps, message));
}

async function deliverOnce(
  deps: OutboxDeps,
  message: OutboxEntry,
): Promise<{ outcome: string; code: string | null }> {
  const now = deps.now?.() ?? new Date();
  const result = await send(deps, message).catch((error: unknown): UpstreamResult<unknown> => ({
    ok: false,
    error: { upstream: 'enov', kind: 'transient', reason: 'network', message: String(error) },
  }));
  const { status, outcome, next } = classify(deps, message, result, now);
  const error = result.ok ? undefined : result.error;
  const ipn = message.payload as unknown as IpnPayload;
  const isIpn = message.kind === 'enov_ipn';
  const record: DeliveryRecord = {
    status,
    outcome,
    now,
    next,
    errorCode: error?.code ?? null,
    attemptCode: error?.code ?? (result.ok ? (isIpn ? '00' : '200') : null),
    error: error?.message ?? null,
    confirms:
      isIpn && result.ok
        ? { paymentId: message.paymentId, invoiceReference: ipn.invoiceReference }
        : undefined,
  };
  // The outcome, its attempt and what it means for the invoice are recorded together: a crash
  // cannot leave a delivered notice whose invoice is still waiting. A refusal also queues its
  // refund report, so it takes a transaction; the common case is a single statement.
  const recorded =
    status === 'refused'
      ? await inTransaction(deps.db, async (tx) => {
          // The payment first: agents' refunds lock it first too (see agent-operations.ts).
          await tx
            .select({ id: payments.id })
            .from(payments)
            .where(eq(payments.id, message.paymentId))
            .for('update');
          if (!(await recordDelivery(tx, message, record))) return false;
          await recordRefusal(tx, message.paymentId, ipn.invoiceReference, error?.code ?? '', now);
          return true;
        })
      : await recordDelivery(deps.db, message, record);
  if (recorded) await afterDelivery(deps.db, message, status, error);
  return { outcome, code: record.attemptCode };
}

/** What a recorded outcome means for the payment: settled, or in front of an agent. */
async function afterDelivery(
  db: Db,
  message: OutboxEntry,
  status: string,
  error: UpstreamFailure | undefined,
) {
  if (status === 'delivered' || status === 'refused') await reconcile(db, message.paymentId);
  // A text message that cannot be sent is no reason to doubt the payment itself.
  if (status === 'dead' && message.kind !== 'receipt_sms')
    await flagForAgent(db, message.paymentId, `${message.kind}:${error?.code ?? error?.reason}`);
  else if (error?.upstream === 'enov' && error.code === '-1')
    await flagForAgent(db, message.paymentId, 'enov_auth');
}

/**
 * Claims and delivers what is due (optionally one payment's entries); returns how many.
 * Claims nothing once the process drains: what is due waits for another instance.
 */
export async function deliverDue(
  deps: OutboxDeps,
  opts: { limit?: number; paymentId?: string } = {},
) {
  if (isDraining()) return 0;
  // Held from before the claim, so a shutdown that starts meanwhile waits for this batch too.
  const token = randomUUID();
  holdLease(token);
  try {
    const claimed = await claimDue(deps.db, {
      limit: opts.limit ?? 20,
      leaseMs: deps.leaseMs ?? 60_000,
      paymentId: opts.paymentId,
      now: deps.now?.() ?? new Date(),
      token,
    });
    await Promise.all(claimed.map((m) => deliver(deps, m)));
    return claimed.length;
  } finally {
    dropLease(token);
  }
}
