import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PaymentRow } from '@/lib/db/schema';
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
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full min-w-[44rem] text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('reference')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('date')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('contract')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('method')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('amount')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('status')}
            </th>
            {receipts ? (
              <th scope="col" className="px-3 py-2">
                {contracts('receipt')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
