import type { ReactNode } from 'react';
import { cn } from './cn';

export interface Column {
  label: ReactNode;
  align?: 'right';
}

/**
 * A wide table in a region that scrolls sideways on a phone and can be scrolled from the
 * keyboard; `relative` keeps screen-reader-only text inside it from widening the page.
 */
export function DataTable({
  label,
  columns,
  className,
  children,
}: {
  label: string;
  columns: Column[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={cn('w-full min-w-[44rem] text-left', className)}>
        <caption className="sr-only">{label}</caption>
        <thead className="bg-slate-50 text-sm text-slate-700">
          <tr>
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                className={cn('px-3 py-2', c.align === 'right' && 'text-right')}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
