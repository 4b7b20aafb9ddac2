import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { processorEvents } from '@/lib/db/schema';
import { processorOutcomeCode, processorOutcomeLabel } from '@/lib/agent/code-labels';
import { formatDateTime } from '@/lib/format';
import { labelTranslator } from '../../../_components/code-text';

type Event = typeof processorEvents.$inferSelect;

/**
 * What the payment processor said: each notification (its token valid or not), each
 * verification and each return of the customer, with the processor's own reference.
 */
export async function ProcessorTimeline({
  processor,
  token,
  events,
}: {
  processor: string;
  token: string | null;
  events: Event[];
}) {
  const [t, codes, say] = await Promise.all([
    getTranslations('Agent.detail'),
    getTranslations('AgentCodes'),
    labelTranslator(),
  ]);
  return (
    <Card aria-labelledby="processor-title">
      <h2 id="processor-title" className="mb-1 text-xl font-bold text-slate-900">
        {t('processorTitle', { processor: processor === 'cinetpay' ? 'CinetPay' : processor })}
      </h2>
      {token ? (
        <p className="mb-3 text-sm break-all text-slate-700">
          {t('processorToken')} : {token}
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="text-slate-700">{t('processorNone')}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3" data-testid="processor-event">
              <time dateTime={e.at.toISOString()} className="text-slate-700 tabular-nums">
                {formatDateTime(e.at, { seconds: true })}
              </time>
              <span className="font-semibold">
                {t(`processorKinds.${e.kind as 'notification'}`)}
              </span>
              {e.tokenValid === null ? null : (
                <span>{e.tokenValid ? t('tokenValid') : t('tokenInvalid')}</span>
              )}
              <span className="text-slate-700">
                {say(processorOutcomeLabel(e.kind, e.outcome))}
                <Code raw={processorOutcomeCode(e.kind, e.outcome)} say={codes} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function Code({
  raw,
  say,
}: {
  raw: string | null;
  say: (k: 'code', v: { code: string }) => string;
}) {
  return raw ? <span className="text-sm break-all"> · {say('code', { code: raw })}</span> : null;
}
