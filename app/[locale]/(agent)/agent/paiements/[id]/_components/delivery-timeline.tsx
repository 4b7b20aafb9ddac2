import { getTranslations } from 'next-intl/server';
import { RetryDeliveryForm } from '@/app/[locale]/(agent)/agent/_components/agent-forms';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { attemptCodeLabel } from '@/lib/agent/code-labels';
import type { DeliveryTimeline as Timeline } from '@/lib/agent/queries';
import { formatDateTime, formatXof } from '@/lib/format';
import { upstreamSecrets } from '@/lib/config';
import { redactUrl } from '@/lib/redact';
import { labelTranslator } from '../../../_components/code-text';

const STATUS_TONE: Record<string, BadgeTone> = {
  pending: 'info',
  delivered: 'success',
  refused: 'warning',
  dead: 'danger',
  cancelled: 'neutral',
};

/** What a message said, in one line: never a credential (they are added only when sending). */
function summary(kind: string, payload: Record<string, unknown>): string {
  const amount = typeof payload.amount === 'number' ? formatXof(payload.amount) : '';
  if (kind === 'enov_ipn')
    return `refpaiement ${String(payload.paymentReference)} · ${String(payload.invoiceReference)} · ${amount}`;
  if (kind === 'lovat_report')
    return `${String(payload.status)} · ${String(payload.transactionId)} · ${amount}`;
  return String(payload.to ?? '');
}

export async function DeliveryTimeline({
  timeline,
  newRequestId,
}: {
  timeline: Timeline;
  newRequestId: () => string;
}) {
  const [t, say] = await Promise.all([getTranslations('Agent.detail'), labelTranslator()]);
  const clean = (text: string | null) => (text ? redactUrl(text, upstreamSecrets()) : '');
  return (
    <Card aria-labelledby="deliveries-title" className="flex flex-col gap-4">
      <h2 id="deliveries-title" className="text-xl font-bold text-slate-900">
        {t('deliveries')}
      </h2>
      {timeline.length === 0 ? <p>{t('noDeliveries')}</p> : null}
      <ol className="flex flex-col gap-4">
        {timeline.map((m) => {
          const retryable = m.status === 'dead' || (m.status === 'pending' && m.attempts > 0);
          return (
            <li
              key={m.id}
              className="rounded-lg border border-slate-200 p-3"
              data-testid="delivery"
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-bold">{t(`kinds.${m.kind}` as 'kinds.enov_ipn')}</h3>
                <Badge tone={STATUS_TONE[m.status] ?? 'neutral'}>
                  {t(`messageStatus.${m.status}` as 'messageStatus.pending')}
                </Badge>
              </div>
              <p className="mt-1 text-sm break-words text-slate-800">
                {t('sent')} : {summary(m.kind, m.payload)}
              </p>
              {m.tries.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">{t('noAttempts')}</p>
              ) : (
                <ol
                  className="mt-2 flex flex-col gap-1 border-l-2 border-slate-300 pl-3 text-sm"
                  aria-label={t('attempts')}
                >
                  {m.tries.map((a) => (
                    <li key={a.id}>
                      <time dateTime={a.at.toISOString()} className="tabular-nums">
                        {formatDateTime(a.at, { seconds: true })}
                      </time>{' '}
                      — <strong>{t(`outcomes.${a.outcome}` as 'outcomes.delivered')}</strong>
                      {a.code
                        ? ` · ${say(attemptCodeLabel(m.kind, a.code))} (${t('code')} ${a.code})`
                        : ''}
                      {a.message ? ` · ${clean(a.message)}` : ''}
                      {a.nextAttemptAt
                        ? ` · ${t('nextRetry', { at: formatDateTime(a.nextAttemptAt, { seconds: true }) })}`
                        : ''}
                    </li>
                  ))}
                </ol>
              )}
              {retryable ? (
                <div className="mt-3 max-w-md">
                  <RetryDeliveryForm
                    id={`retry-${m.id}`}
                    namespace="Agent"
                    hidden={{ requestId: newRequestId(), entryId: String(m.id) }}
                    submitLabel={t('retry')}
                    submitVariant="secondary"
                    fields={[{ name: 'reason', label: t('retryReason'), required: false }]}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
