'use client';

import { useEffect, useRef } from 'react';
import { focusIfUnclaimed } from '@/components/ui/focus-if-unclaimed';

type Props = {
  labels: { legend: string; full: string; partial: string; amount: string; hint: string };
  /** What the customer chose before being sent back, so nothing is typed twice. */
  partial: boolean;
  montant?: string;
  error?: string;
};

/**
 * "All of it" or "another amount", and the amount. Typing an amount ticks "another amount";
 * without JavaScript the server reads a typed amount as that choice all the same. Going back
 * to "all of it" empties the amount, since the server would otherwise take it as the choice.
 * An error from the server takes the focus when the page comes back, so it is read first; it
 * stands above the field, so the next Tab goes to the field to correct it.
 */
export function AmountChoice({ labels, partial, montant, error }: Props) {
  const partialRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // `autoFocus` serves browsers without JavaScript; this, the page's own scripts (unless the
  // customer is already in a field by the time they run).
  useEffect(() => {
    if (error) focusIfUnclaimed(errorRef.current);
  }, [error]);
  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 font-semibold text-slate-900">{labels.legend}</legend>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="radio"
          name="mode"
          value="full"
          defaultChecked={!partial}
          onChange={() => {
            if (amountRef.current) amountRef.current.value = '';
          }}
          className="h-5 w-5 accent-brand-700"
        />
        {labels.full}
      </label>
      <label className="flex min-h-11 items-center gap-3">
        <input
          ref={partialRef}
          type="radio"
          name="mode"
          value="partial"
          defaultChecked={partial}
          className="h-5 w-5 accent-brand-700"
        />
        {labels.partial}
      </label>
      <label htmlFor="pay-amount" className="mt-1 font-semibold text-slate-900">
        {labels.amount}
      </label>
      <p id="pay-amount-hint" className="text-sm text-slate-600">
        {labels.hint}
      </p>
      {error ? (
        <p
          ref={errorRef}
          id="pay-amount-error"
          tabIndex={-1}
          autoFocus
          className="flex items-start gap-1.5 text-sm font-medium text-red-800"
        >
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
      <input
        ref={amountRef}
        id="pay-amount"
        name="montant"
        inputMode="numeric"
        defaultValue={montant}
        onInput={(e) => {
          if (e.currentTarget.value.trim() !== '' && partialRef.current)
            partialRef.current.checked = true;
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'pay-amount-hint pay-amount-error' : 'pay-amount-hint'}
        className={
          error
            ? 'min-h-12 w-full max-w-xs rounded-lg border border-red-700 bg-white px-3 text-lg ring-1 ring-red-700'
            : 'min-h-12 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3 text-lg'
        }
      />
    </fieldset>
  );
}
