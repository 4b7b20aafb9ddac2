import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { deliveryAttempts, outboxMessages, type OutboxMessageRow } from '@/lib/db/schema';
import type { UpstreamFailure, UpstreamResult } from '@/lib/upstream/result';
import { DEFAULT_BACKOFF, nextAttemptAt, type BackoffPolicy } from './backoff';
import { flagForAgent, reconcile, settleAllocation } from './settlement';
import type { IpnPayload, LovatPayload, ReceiptSmsPayload } from './messages';
import { operatorName } from './messages';
import { paymentById } from './repository';
import type { EnovClient } from '@/lib/enov/client';
import type { LovatClient } from '@/lib/lovat/client';
import type { SmsClient } from '@/lib/sms/client';

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
 * Claims due messages for this caller: a short transaction with FOR UPDATE SKIP LOCKED, so two
 * instances never claim the same message, and a lease (not a held transaction) while it is
 * delivered, so a crash frees the message once the lease ends.
 */
export async function claimDue(
  db: Db,
  opts: { limit: number; leaseMs: number; paymentId?: string; now: Date },
) {
  const token = randomUUID();
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.status, 'pending'),
        lte(outboxMessages.nextAttemptAt, opts.now),
        or(isNull(outboxMessages.leaseUntil), lte(outboxMessages.leaseUntil, opts.now)),
        opts.paymentId ? eq(outboxMessages.paymentId, opts.paymentId) : sql`true`,
      ),
    )
    .orderBy(asc(outboxMessages.nextAttemptAt))
    .limit(opts.limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(outboxMessages)
    .set({ leaseToken: token, leaseUntil })
    .where(sql`${outboxMessages.id} in (${due})`)
    .returning();
  return claimed;
}

async function send(deps: OutboxDeps, message: OutboxMessageRow): Promise<UpstreamResult<unknown>> {
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
  const payment = await paymentById(deps.db, message.paymentId);
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

/** Delivers one claimed message and records what happened, then what it means for the payment. */
export async function deliver(deps: OutboxDeps, message: OutboxMessageRow): Promise<void> {
  const now = deps.now?.() ?? new Date();
  const result = await send(deps, message).catch((error: unknown): UpstreamResult<unknown> => ({
    ok: false,
    error: { upstream: 'enov', kind: 'transient', reason: 'network', message: String(error) },
  }));
  const attempt = message.attempts + 1;
  const first = message.firstAttemptAt ?? now;
  let status: string;
  let next: Date | null = null;
  let outcome: string;
  if (result.ok) {
    status = 'delivered';
    outcome = 'delivered';
  } else if (
    message.kind === 'enov_ipn' &&
    result.error.reason === 'code' &&
    REFUSALS.has(result.error.code ?? '')
  ) {
    status = 'refused';
    outcome = 'refused';
  } else if (
    result.error.kind === 'permanent' &&
    !(result.error.upstream === 'enov' && result.error.code === '-1')
  ) {
    status = 'dead';
    outcome = 'refused';
  } else {
    next = nextAttemptAt(first, attempt, now, deps.policy ?? DEFAULT_BACKOFF);
    status = next ? 'pending' : 'dead';
    outcome = next ? 'retry' : 'gave_up';
  }
  const error = result.ok ? undefined : result.error;
  // The outcome, its attempt and what it means for the invoice are recorded together: a crash
  // cannot leave a delivered notice whose invoice is still waiting.
  const recorded = await deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const updated = await tx
      .update(outboxMessages)
      .set({
        status,
        attempts: attempt,
        firstAttemptAt: first,
        nextAttemptAt: next ?? now,
        lastCode: error?.code ?? null,
        lastError: error?.message ?? null,
        deliveredAt: result.ok ? now : null,
        leaseToken: null,
        leaseUntil: null,
      })
      .where(
        and(
          eq(outboxMessages.id, message.id),
          eq(outboxMessages.leaseToken, message.leaseToken ?? ''),
        ),
      )
      .returning({ id: outboxMessages.id });
    // Our lease ran out and someone else has the message now: their result will count.
    if (updated.length === 0) return false;
    await tx.insert(deliveryAttempts).values({
      messageId: message.id,
      at: now,
      outcome,
      code: error?.code ?? (result.ok ? (message.kind === 'enov_ipn' ? '00' : '200') : null),
      message: error?.message ?? null,
      nextAttemptAt: next,
    });
    const ipn = message.payload as unknown as IpnPayload;
    if (message.kind === 'enov_ipn' && (result.ok || status === 'refused'))
      await settleAllocation(
        tx,
        message.paymentId,
        ipn.invoiceReference,
        result.ok ? { confirmed: true } : { refusedCode: error?.code ?? '' },
      );
    return true;
  });
  if (recorded) await afterDelivery(deps.db, message, status, error);
}

/** What a recorded outcome means for the payment: settled, or in front of an agent. */
async function afterDelivery(
  db: Db,
  message: OutboxMessageRow,
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

/** Claims and delivers what is due (optionally one payment's messages); returns how many. */
export async function deliverDue(
  deps: OutboxDeps,
  opts: { limit?: number; paymentId?: string } = {},
) {
  const claimed = await claimDue(deps.db, {
    limit: opts.limit ?? 20,
    leaseMs: deps.leaseMs ?? 60_000,
    paymentId: opts.paymentId,
    now: deps.now?.() ?? new Date(),
  });
  await Promise.all(claimed.map((m) => deliver(deps, m)));
  return claimed.length;
}
