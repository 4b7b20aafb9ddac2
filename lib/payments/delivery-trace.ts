import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { payments, type OutboxEntry } from '@/lib/db/schema';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { inSpan, noteAttributes } from '@/lib/telemetry/tracing';
import type { IpnPayload, LovatPayload } from './outbox-entries';

/** The payment's reference, from the payload when it carries it (a notice's is derived from it). */
async function paymentReferenceOf(db: Db, message: OutboxEntry) {
  if (message.kind === 'lovat_report')
    return (message.payload as unknown as LovatPayload).transactionId;
  if (message.kind === 'enov_ipn')
    return (message.payload as unknown as IpnPayload).paymentReference.replace(/-\d+$/, '');
  const [row] = await db
    .select({ reference: payments.reference })
    .from(payments)
    .where(eq(payments.id, message.paymentId));
  return row?.reference;
}

const UPSTREAM_OF_KIND: Record<string, string> = {
  enov_ipn: 'enov',
  lovat_report: 'lovat',
  receipt_sms: 'sms',
};

/**
 * One delivery attempt as a unit of work: a span (the upstream call's parent), one log line and
 * one attempt counted by upstream, outcome and code, each with the payment's reference.
 */
export async function tracedDelivery(
  db: Db,
  message: OutboxEntry,
  attempt: () => Promise<{ outcome: string; code: string | null }>,
): Promise<void> {
  const reference = await paymentReferenceOf(db, message);
  const upstream = UPSTREAM_OF_KIND[message.kind] ?? message.kind;
  const attributes = {
    'outbox.message_id': message.id,
    'outbox.kind': message.kind,
    'outbox.attempt': message.attempts + 1,
    'upstream.name': upstream,
    'payment.reference': reference,
  };
  await inSpan(`outbox.deliver ${message.kind}`, attributes, async () => {
    const started = performance.now();
    const { outcome, code } = await attempt();
    noteAttributes({ 'outbox.outcome': outcome, 'outbox.code': code });
    metrics().deliveryAttempts.inc({ upstream, outcome, code: code ?? '' });
    const line = {
      kind: message.kind,
      upstream,
      entryId: message.id,
      attempt: message.attempts + 1,
      outcome,
      code,
      ms: Math.round(performance.now() - started),
    };
    if (outcome === 'delivered') log.info('outbox.delivery', line);
    else log.warn('outbox.delivery', line);
  });
}
