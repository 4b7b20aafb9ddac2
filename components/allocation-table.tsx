import type { ReactNode } from 'react';
import { formatXof } from '@/lib/format';

export interface AllocationRow {
  reference: string;
  amount: number;
  remainingAfter: number;
  note?: ReactNode;
}

// Below `sm` each invoice is a block of label/value rows: three columns at 320–360 px ran the
// amounts together and broke references over three lines. The table keeps its roles written
// out, since a table laid out as blocks loses them in some browsers.
const STACK = {
  table: 'max-sm:block',
  group: 'max-sm:block',
  row: 'max-sm:flex max-sm:flex-col max-sm:gap-1',
  pair: 'max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:justify-between max-sm:gap-x-4 max-sm:p-0',
};

/** The column's name beside a value, on small screens only; screen readers have the header. */
function StackedLabel({ children }: { children: ReactNode }) {
  return (
    <span aria-hidden="true" className="text-sm text-slate-600 sm:hidden">
      {children}
    </span>
  );
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
    <table role="table" className={`w-full text-left text-slate-800 ${STACK.table}`}>
      {caption ? (
        <caption className="mb-2 text-left font-bold text-slate-900 max-sm:block">
          {caption}
        </caption>
      ) : null}
      <thead role="rowgroup" className="max-sm:sr-only">
        <tr role="row" className="border-b border-slate-200 text-sm text-slate-600">
          <th role="columnheader" scope="col" className="py-2 pr-4 font-semibold">
            {labels.invoice}
          </th>
          <th role="columnheader" scope="col" className="py-2 pl-4 text-right font-semibold">
            {labels.paid}
          </th>
          <th role="columnheader" scope="col" className="py-2 pl-4 text-right font-semibold">
            {labels.remainingAfter}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className={STACK.group}>
        {rows.map((row) => (
          <tr
            role="row"
            key={row.reference}
            className={`border-b border-slate-100 align-top max-sm:py-2 ${STACK.row}`}
          >
            <th
              role="rowheader"
              scope="row"
              className="py-2 pr-4 font-normal max-sm:py-0 max-sm:font-semibold"
            >
              {row.reference}
              {row.note ? (
                <span className="block text-sm font-normal text-slate-600">{row.note}</span>
              ) : null}
            </th>
            <td role="cell" className={`py-2 pl-4 text-right tabular-nums ${STACK.pair}`}>
              <StackedLabel>{labels.paid}</StackedLabel>
              <span className="ml-auto min-w-0">{formatXof(row.amount)}</span>
            </td>
            <td role="cell" className={`py-2 pl-4 text-right tabular-nums ${STACK.pair}`}>
              <StackedLabel>{labels.remainingAfter}</StackedLabel>
              <span className="ml-auto min-w-0">{formatXof(row.remainingAfter)}</span>
            </td>
          </tr>
        ))}
      </tbody>
      {total !== undefined && labels.total ? (
        <tfoot role="rowgroup" className={STACK.group}>
          <tr
            role="row"
            className="max-sm:flex max-sm:flex-wrap max-sm:items-baseline max-sm:justify-between max-sm:gap-x-4"
          >
            <th role="rowheader" scope="row" className="pt-3 pr-4 font-bold">
              {labels.total}
            </th>
            <td role="cell" className="pt-3 pl-4 text-right font-bold tabular-nums">
              <span data-testid="checkout-total">{formatXof(total)}</span>
            </td>
            <td role="cell" className="max-sm:hidden" />
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
