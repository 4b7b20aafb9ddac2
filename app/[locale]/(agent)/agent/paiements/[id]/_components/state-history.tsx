import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { historyNoteLabel } from '@/lib/agent/code-labels';
import { formatDateTime } from '@/lib/format';
import type { PaymentState } from '@/lib/payments/state-machine';
import { labelTranslator } from '../../../_components/code-text';

interface Event {
  id: number;
  at: Date;
  fromState: string | null;
  toState: string;
  note: string | null;
}

export async function StateHistory({ events }: { events: Event[] }) {
  const [t, states, codes, say] = await Promise.all([
    getTranslations('Agent.detail'),
    getTranslations('Agent.states'),
    getTranslations('AgentCodes'),
    labelTranslator(),
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
              {formatDateTime(e.at, { seconds: true })}
            </time>
            <span className="font-semibold">
              {e.fromState ? `${states(e.fromState as PaymentState)} → ` : ''}
              {states(e.toState as PaymentState)}
            </span>
            {e.note ? <Note note={e.note} say={say} code={codes} /> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** Why the move was made, in words; the code it was recorded with, small, for support. */
function Note({
  note,
  say,
  code,
}: {
  note: string;
  say: Awaited<ReturnType<typeof labelTranslator>>;
  code: (key: 'code', values: { code: string }) => string;
}) {
  const { label, code: raw } = historyNoteLabel(note);
  return (
    <span className="text-slate-700">
      ({say(label)}
      {raw ? <span className="text-sm"> · {code('code', { code: raw })}</span> : null})
    </span>
  );
}
