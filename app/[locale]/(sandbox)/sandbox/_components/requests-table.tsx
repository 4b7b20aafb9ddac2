import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import type { JournalView } from '@/lib/sandbox/journal';

const statusTone = (status: number) =>
  status === 0 || status >= 500 ? 'danger' : status >= 400 ? 'warning' : 'success';

function answerCode(body: unknown): string | undefined {
  return body && typeof body === 'object' && 'code' in body ? String(body.code) : undefined;
}

/** The journal, newest first: one row a request, its bodies behind a disclosure. */
export async function RequestsTable({ requests }: { requests: JournalView[] }) {
  const t = await getTranslations('Sandbox');
  if (requests.length === 0) return <p className="text-slate-700">{t('noRequests')}</p>;
  return (
    <ol className="flex flex-col divide-y divide-slate-200" aria-label={t('requestsTitle')}>
      {requests.map((r) => {
        const code = answerCode(r.response.body);
        return (
          <li key={r.id} className="flex flex-col gap-2 py-3">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <time dateTime={r.at} className="text-sm text-slate-700 tabular-nums">
                {formatDateTime(new Date(r.at))}:
                {new Date(r.at).getUTCSeconds().toString().padStart(2, '0')}
              </time>
              <span className="font-semibold text-slate-900">
                {r.method} {r.endpoint}
              </span>
              <Badge tone={statusTone(r.response.status)}>
                {t('status')} {r.response.status === 0 ? '—' : r.response.status}
                {code ? ` · code ${code}` : ''}
              </Badge>
              {r.fault ? (
                <Badge tone="warning">{t(`failures.${r.fault}` as 'failures.code')}</Badge>
              ) : null}
            </div>
            {r.note ? (
              <p className="text-sm text-slate-800">
                {t('note')} : {r.note}
              </p>
            ) : null}
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand-700">
                {t('details')}
              </summary>
              <div className="grid gap-2 md:grid-cols-2">
                <JsonBlock
                  label={t('request')}
                  text={`${r.path}
${JSON.stringify(r.request, null, 2)}`}
                />
                <JsonBlock label={t('response')} text={JSON.stringify(r.response, null, 2)} />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

// Focusable so keyboard users can scroll a long body (WCAG 2.1.1).
function JsonBlock({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="text-sm font-semibold text-slate-900">{label}</p>
      <pre
        tabIndex={0}
        aria-label={label}
        className="overflow-x-auto rounded bg-slate-100 p-2 text-xs text-slate-900"
      >
        {text}
      </pre>
    </div>
  );
}
