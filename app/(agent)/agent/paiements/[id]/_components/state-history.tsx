import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/format';
import type { PaymentState } from '@/lib/payments/state-machine';

interface Event {
  id: number;
  at: Date;
  fromState: string | null;
  toState: string;
  note: string | null;
}

export async function StateHistory({ events }: { events: Event[] }) {
  const [t, states] = await Promise.all([
    getTranslations('Agent.detail'),
    getTranslations('Agent.states'),
  ]);
  return (
    <Card aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-xl font-bold text-slate-900">
        {t('history')}
      </h2>
      <ol className="flex flex-col gap-2">
        {events.map((e) => (
          <li key={e.id} className="flex flex-wrap gap-x-3">
            <time dateTime={e.at.toISOString()} className="text-slate-700 tabular-nums">
              {formatDateTime(e.at)}
            </time>
            <span className="font-semibold">
              {e.fromState ? `${states(e.fromState as PaymentState)} → ` : ''}
              {states(e.toState as PaymentState)}
            </span>
            {e.note ? <span className="text-slate-700">({e.note})</span> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
