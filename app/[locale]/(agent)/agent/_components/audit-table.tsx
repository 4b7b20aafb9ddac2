import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/auth/schema';
import { DataTable } from '@/components/ui/data-table';
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
    <DataTable
      label={t('title')}
      columns={['when', 'actor', 'action', 'target', 'reason', 'detail'].map((k) => ({
        label: t(k as 'when'),
      }))}
      className="text-sm"
    >
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
            <td className="px-3 py-2 font-mono text-xs break-all">{JSON.stringify(e.detail)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
