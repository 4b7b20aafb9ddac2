import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/auth/schema';
import { formatDateTime } from '@/lib/format';

function targetHref(e: AuditRow): string | null {
  if (e.targetType === 'payment') return `/agent/paiements/${e.targetId}`;
  if (e.targetType === 'delivery' && typeof e.detail.paymentId === 'string')
    return `/agent/paiements/${e.detail.paymentId}`;
  return null;
}

/** Audit entries: who, when, what, on what, why, and what it did. */
export async function AuditTable({ entries, empty }: { entries: AuditRow[]; empty: string }) {
  const t = await getTranslations('Agent.audit');
  if (entries.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
      role="region"
      aria-label={t('title')}
      tabIndex={0}
    >
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('when')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('actor')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('action')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('target')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('reason')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('detail')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const href = targetHref(e);
            return (
              <tr key={e.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {formatDateTime(e.at, { seconds: true })}
                </td>
                <td className="px-3 py-2">{e.actorEmail}</td>
                <td className="px-3 py-2 font-semibold">
                  {t(`actions.${e.action.replace('.', '_')}` as 'actions.payment_refund')}
                </td>
                <td className="px-3 py-2 break-all">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {e.targetId}
                    </Link>
                  ) : (
                    e.targetId
                  )}
                </td>
                <td className="px-3 py-2">{e.reason ?? ''}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">
                  {JSON.stringify(e.detail)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
