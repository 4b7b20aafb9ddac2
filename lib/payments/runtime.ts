import 'server-only';
import { pruneSessions } from '@/lib/auth/sessions';
import { getConfig } from '@/lib/config';
import { pruneRateLimits } from '@/lib/db/queries/rate-limit';
import { getDb } from '@/lib/db';
import { enov } from '@/lib/enov/client';
import { log } from '@/lib/log';
import { isDraining } from '@/lib/ops/draining';
import { lovat } from '@/lib/lovat/client';
import { sms } from '@/lib/sms/client';
import { DEFAULT_BACKOFF } from './backoff';
import type { CheckoutDeps } from './checkout';
import { admitCheckout } from './checkout-limits';
import { deliverDue, type OutboxDeps } from './outbox';
import { recoverInterrupted } from './recovery';
import type { PaymentProcessor } from './processor';
import { createCinetPayClient } from '@/lib/cinetpay/client';
import { cinetpayProcessor } from './processors/cinetpay';
import { simulatedProcessor } from './processors/simulated';
import { advanceAwaitingPayments } from './awaiting';

/** The pipeline wired to this process's configuration, database and upstream clients. */
export function checkoutDeps(): CheckoutDeps {
  const config = getConfig();
  return {
    db: getDb(),
    selectInvoices: (id) => enov().selectInvoices(id),
    admit: (req) => admitCheckout(getDb(), config.checkoutLimit, req),
    minAmount: config.payments.minAmount,
    processor: paymentProcessor(),
  };
}

let processor: PaymentProcessor | undefined;

/** The configured processor; `simulated` exists only while the sandbox is on (config-schema). */
export function paymentProcessor(): PaymentProcessor {
  if (!processor) {
    const config = getConfig();
    if (config.payments.processor === 'simulated' && !config.sandbox)
      throw new Error('the simulated processor takes no money: it runs only with the sandbox');
    processor =
      config.payments.processor === 'cinetpay'
        ? cinetpayProcessor({
            client: createCinetPayClient({
              ...config.cinetpay,
              timeoutMs: config.upstreamTimeoutMs,
            }),
            appUrl: config.appUrl,
            approvalMs: config.cinetpay.approvalMs,
          })
        : simulatedProcessor(config.payments);
  }
  return processor;
}

export function outboxDeps(): OutboxDeps {
  const config = getConfig();
  return {
    db: getDb(),
    enov: enov(),
    lovat: lovat(),
    sms: sms(),
    serviceCode: config.lovat.serviceCode,
    leaseMs: config.outbox.leaseMs,
    policy: {
      ...DEFAULT_BACKOFF,
      baseMs: config.outbox.retryBaseMs,
      windowMs: config.outbox.retryWindowMs,
    },
  };
}

/** Delivers a payment's messages now, without making the caller wait or fail for it. */
export function kickDelivery(paymentId: string): void {
  deliverDue(outboxDeps(), { paymentId }).catch((error: unknown) =>
    log.error('outbox.kick_failed', { paymentId, error: String(error) }),
  );
}

let timer: NodeJS.Timeout | undefined;
let running = false;
let lastHousekeeping = 0;
const HOUSEKEEPING_EVERY_MS = 60_000;
const KEEP_ENDED_SESSIONS_MS = 30 * 24 * 60 * 60 * 1000;

/** Once a minute: ended rate-limit windows and long-ended agent sessions are forgotten. */
async function housekeeping() {
  if (Date.now() - lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
  lastHousekeeping = Date.now();
  await pruneRateLimits(getDb());
  await pruneSessions(getDb(), new Date(Date.now() - KEEP_ENDED_SESSIONS_MS));
}

let lastRecovery = 0;

/**
 * Payments only count as interrupted after `recoveryAfterMs`, so looking for them six times in
 * that span is soon enough; on every tick, its queries were most of an idle instance's work.
 */
async function recoverySweep() {
  const { recoveryAfterMs } = getConfig();
  if (Date.now() - lastRecovery < recoveryAfterMs / 6) return;
  lastRecovery = Date.now();
  await recoverInterrupted(getDb(), recoveryAfterMs);
}

/** Every instance runs one: row claims keep them from delivering the same message together. */
export function startOutboxWorker(): void {
  if (timer) return;
  timer = setInterval(async () => {
    if (running || isDraining()) return;
    running = true;
    try {
      await advanceAwaitingPayments(getDb(), paymentProcessor());
      await recoverySweep();
      await deliverDue(outboxDeps(), { limit: 50 });
      await housekeeping();
    } catch (error) {
      log.error('outbox.worker_failed', { error: String(error) });
    } finally {
      running = false;
    }
  }, getConfig().outbox.pollMs);
  timer.unref();
}

/** Stops the worker's ticks: deliveries, awaited payments, recovery and housekeeping. */
export function stopOutboxWorker(): void {
  clearInterval(timer);
  timer = undefined;
}

/** Whether a tick is still running: the shutdown waits for it. */
export function outboxWorkerBusy(): boolean {
  return running;
}
