import type { ReactNode } from 'react';
import { cn } from './cn';

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  className: string;
}

/**
 * A label, an optional hint and error, and the control they describe: the hint and error are
 * tied to it with aria-describedby, so a screen reader announces them when it takes focus.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        className: cn(
          'min-h-12 w-full rounded-lg border bg-white px-3 text-lg text-slate-900',
          error ? 'border-red-700 ring-1 ring-red-700' : 'border-slate-400',
        ),
      })}
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
