import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { auditEntries } from '@/lib/audit/audit';
import { deliveryTimeline } from '@/lib/agent/queries';
import { requireAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { heldAmount } from '@/lib/payments/refund';
import { processorEventsOf } from '@/lib/payments/processor-events';
import { paymentById, paymentHistory } from '@/lib/payments/repository';
import { AuditTable } from '../../_components/audit-table';
import { PaymentStateBadge } from '../../_components/payment-state-badge';
import { DeliveryTimeline } from './_components/delivery-timeline';
import { PaymentActions } from './_components/payment-actions';
import { PaymentSummary } from './_components/payment-summary';
import { ProcessorTimeline } from './_components/processor-timeline';
import { StateHistory } from './_components/state-history';

type Props = { params: Promise<{ id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function PaymentPage({ params }: Props) {
  const { id } = await params;
  await requireAgent('agent', `/agent/paiements/${id}`);
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const payment = await paymentById(db, id);
  if (!payment) notFound();
  const [history, timeline, audit, t, processorEvents] = await Promise.all([
    paymentHistory(db, id),
    deliveryTimeline(db, id),
    auditEntries(db, { targetId: id, limit: 100 }),
    getTranslations('Agent.detail'),
    processorEventsOf(db, id),
  ]);
  // Retries are audited against the message, not the payment: gather both.
  const retries = timeline.length
    ? (
        await Promise.all(
          timeline.map((m) =>
            auditEntries(db, { targetId: String(m.id), action: 'delivery.retry' }),
          ),
        )
      ).flat()
    : [];
  const entries = [...audit, ...retries].sort((a, b) => b.id - a.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {t('title', { reference: payment.reference })}
        </h1>
        <PaymentStateBadge state={payment.state} />
      </div>
      <p>
        <Link
          href={`/recu/${payment.receiptToken}`}
          className="font-semibold text-brand-700 underline"
        >
          {t('receipt')}
        </Link>
      </p>
      <PaymentSummary payment={payment} />
      <StateHistory events={history} />
      {payment.processor === 'simulated' ? null : (
        <ProcessorTimeline
          processor={payment.processor}
          token={payment.processorToken}
          events={processorEvents}
        />
      )}
      <DeliveryTimeline timeline={timeline} newRequestId={randomUUID} />
      <PaymentActions
        payment={{
          id: payment.id,
          phone: payment.billing.phone,
          held: heldAmount(payment),
          manualRefund: payment.processor === 'cinetpay',
          refundable: payment.allocations
            .filter((a) => a.reversal === null)
            .map((a) => ({
              reference: a.invoiceReference,
              amount: a.amount,
              insurerAccepted: a.insurerConfirmedAt !== null,
            })),
        }}
        requestIds={{ refund: randomUUID(), chargeback: randomUUID(), resend: randomUUID() }}
      />
      <section aria-labelledby="audit-title" className="flex flex-col gap-3">
        <h2 id="audit-title" className="text-xl font-bold text-slate-900">
          {t('auditTitle')}
        </h2>
        <AuditTable entries={entries} empty={t('noAudit')} />
      </section>
    </div>
  );
}
