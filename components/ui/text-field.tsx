import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/**
 * A labelled input whose hint and error are tied to it with aria-describedby, so a screen reader
 * announces them when the field takes focus.
 */
export function TextField({ id, label, hint, error, className, ...props }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          'min-h-12 w-full rounded-lg border bg-white px-3 text-lg text-slate-900 placeholder:text-slate-500',
          error ? 'border-red-700 ring-1 ring-red-700' : 'border-slate-400',
        )}
        {...props}
      />
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
