import type { ReactNode } from 'react';
import { formatXof } from '@/lib/format';

export interface AllocationRow {
  reference: string;
  amount: number;
  remainingAfter: number;
  note?: ReactNode;
}

/**
 * Invoice, amount paid, what is left after: the allocation before paying and on the receipt.
 * Presentational only, so server and client pages can both use it.
 */
export function AllocationTable({
  rows,
  labels,
  caption,
  total,
}: {
  rows: AllocationRow[];
  labels: { invoice: string; paid: string; remainingAfter: string; total?: string };
  caption?: string;
  total?: number;
}) {
  return (
    <table className="w-full text-left text-slate-800">
      {caption ? (
        <caption className="mb-2 text-left font-bold text-slate-900">{caption}</caption>
      ) : null}
      <thead>
        <tr className="border-b border-slate-200 text-sm text-slate-600">
          <th scope="col" className="py-2 font-semibold">
            {labels.invoice}
          </th>
          <th scope="col" className="py-2 text-right font-semibold">
            {labels.paid}
          </th>
          <th scope="col" className="py-2 text-right font-semibold">
            {labels.remainingAfter}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reference} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-2 font-normal">
              {row.reference}
              {row.note ? <span className="block text-sm text-slate-600">{row.note}</span> : null}
            </th>
            <td className="py-2 text-right tabular-nums">{formatXof(row.amount)}</td>
            <td className="py-2 text-right tabular-nums">{formatXof(row.remainingAfter)}</td>
          </tr>
        ))}
      </tbody>
      {total !== undefined && labels.total ? (
        <tfoot>
          <tr>
            <th scope="row" className="pt-3 font-bold">
              {labels.total}
            </th>
            <td className="pt-3 text-right font-bold tabular-nums" data-testid="checkout-total">
              {formatXof(total)}
            </td>
            <td />
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
