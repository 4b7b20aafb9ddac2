import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { processorEvents, type PaymentRow } from '@/lib/db/schema';
import type { ProcessorStatus } from './processor';

export type ProcessorEventKind = 'notification' | 'verification' | 'return';

/** Records what the processor said about a payment, for the agents' timeline. */
export async function recordProcessorEvent(
  db: Db,
  event: {
    payment: Pick<PaymentRow, 'id'> | undefined;
    reference: string;
    kind: ProcessorEventKind;
    outcome: string;
    tokenValid?: boolean;
    detail?: Record<string, unknown>;
  },
) {
  await db.insert(processorEvents).values({
    paymentId: event.payment?.id ?? null,
    reference: event.reference.slice(0, 100),
    kind: event.kind,
    outcome: event.outcome.slice(0, 200),
    tokenValid: event.tokenValid ?? null,
    detail: event.detail ?? null,
  });
}

/** A verification's answer, as the timeline shows it. */
export function statusOutcome(status: ProcessorStatus): string {
  return 'reason' in status ? `${status.kind}: ${status.reason}` : status.kind;
}

export async function processorEventsOf(db: Db, paymentId: string) {
  return db
    .select()
    .from(processorEvents)
    .where(eq(processorEvents.paymentId, paymentId))
    .orderBy(asc(processorEvents.id));
}
