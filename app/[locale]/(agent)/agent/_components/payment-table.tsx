import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PaymentRow } from '@/lib/db/schema';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatXof } from '@/lib/format';
import { PaymentStateBadge } from './payment-state-badge';

/** Payments as a table; it scrolls sideways on a phone, and can be scrolled with the keyboard. */
export async function PaymentTable({
  rows,
  caption,
  receipts = false,
}: {
  rows: PaymentRow[];
  caption: string;
  /** Adds a link to each receipt as the customer sees it. */
  receipts?: boolean;
}) {
  const [t, methods, contracts] = await Promise.all([
    getTranslations('Agent.payments'),
    getTranslations('Agent.methods'),
    getTranslations('Agent.contracts'),
  ]);
  return (
    <DataTable
      label={caption}
      columns={[
        { label: t('reference') },
        { label: t('date') },
        { label: t('contract') },
        { label: t('method') },
        { label: t('amount'), align: 'right' },
        { label: t('status') },
        ...(receipts ? [{ label: contracts('receipt') }] : []),
      ]}
    >
      {rows.map((p) => (
        <tr key={p.id} className="border-t border-slate-200">
          <th scope="row" className="px-3 py-2 font-semibold">
            <Link href={`/agent/paiements/${p.id}`} className="text-brand-700 underline">
              {p.reference}
            </Link>
          </th>
          <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(p.createdAt)}</td>
          <td className="px-3 py-2">
            <Link
              href={`/agent/contrats?numero=${p.contractId}`}
              className="text-brand-700 underline"
            >
              {p.contractId}
            </Link>
          </td>
          <td className="px-3 py-2">{methods(p.method as 'card')}</td>
          <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
            {formatXof(p.amount)}
            {p.refundedAmount > 0 ? (
              <span className="block text-sm text-slate-700">
                {t('refunded')} {formatXof(p.refundedAmount)}
              </span>
            ) : null}
          </td>
          <td className="px-3 py-2">
            <PaymentStateBadge state={p.state} />
          </td>
          {receipts ? (
            <td className="px-3 py-2">
              <Link href={`/recu/${p.receiptToken}`} className="text-brand-700 underline">
                {contracts('receipt')}
                <span className="sr-only"> {p.reference}</span>
              </Link>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
