'use client';

import { useCallback, useRef, useSyncExternalStore } from 'react';
import { formatXof } from '@/lib/format';

/** An invoice to tick: its reference, then its date and what is left, as they are shown. */
export type Choice = { reference: string; detail: string; remaining: number };

type Props = {
  /** Where "all", "none" and "update" send the form without JavaScript: this page again. */
  here: string;
  choices: Choice[];
  ticked: string[];
  labels: {
    legend: string;
    total: string;
    all: string;
    none: string;
    update: string;
  };
  error?: string;
};

const noSubscription = () => () => {};

/**
 * The invoices to pay, with "all" / "none" and the total of those ticked. Without JavaScript
 * "all", "none" and "update the total" are submit buttons that bring the page back with the
 * server's choice and total (`action=all|none|total`); with it they act at once and the total
 * follows each tick. A long list scrolls in its own box, so "Continuer" stays near. The boxes
 * stay the browser's own (uncontrolled): a tick made before the scripts start is kept, and the
 * total is read from them.
 */
export function InvoicePicker({ here, choices, ticked, labels, error }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const boxes = () => [
    ...(listRef.current?.querySelectorAll<HTMLInputElement>('input[name="f"]') ?? []),
  ];
  // The boxes are the store: their total is read from them, and every change to them (a tick,
  // "all", "none", a tick made while the page was still loading) is seen.
  const subscribe = useCallback((notify: () => void) => {
    const list = listRef.current;
    list?.addEventListener('change', notify);
    return () => list?.removeEventListener('change', notify);
  }, []);
  const serverTotal = choices.reduce(
    (sum, c) => (ticked.includes(c.reference) ? sum + c.remaining : sum),
    0,
  );
  const total = useSyncExternalStore(
    subscribe,
    () => {
      if (!listRef.current) return serverTotal;
      const ticks = new Set(boxes().flatMap((b) => (b.checked ? [b.value] : [])));
      return choices.reduce((sum, c) => (ticks.has(c.reference) ? sum + c.remaining : sum), 0);
    },
    () => serverTotal,
  );
  // False while the server's HTML is all there is, true once this component runs.
  const live = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const many = choices.length > 6;
  const action = (value: string, label: string, pick?: () => string[]) => (
    <button
      type="submit"
      name="action"
      value={value}
      formAction={here}
      onClick={
        pick
          ? (e) => {
              e.preventDefault();
              const picked = new Set(pick());
              for (const box of boxes()) box.checked = picked.has(box.value);
              listRef.current?.dispatchEvent(new Event('change'));
            }
          : undefined
      }
      className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
  return (
    <fieldset
      id="pay-choice"
      className="flex min-w-0 flex-col gap-3"
      aria-describedby={error ? 'pay-invoices-error' : undefined}
    >
      <legend className="mb-1 font-semibold text-slate-900">{labels.legend}</legend>
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 rounded-lg bg-brand-50 px-3 py-2 text-slate-900">
        <span>{labels.total}</span>
        <output
          aria-live="polite"
          className="ml-auto font-bold tabular-nums"
          data-testid="selection-total"
        >
          {formatXof(total)}
        </output>
      </p>
      {choices.length > 1 ? (
        <div className="flex flex-wrap gap-2">
          {action('all', labels.all, () => choices.map((c) => c.reference))}
          {action('none', labels.none, () => [])}
          {live ? null : action('total', labels.update)}
        </div>
      ) : null}
      <ul
        ref={listRef}
        className={
          many
            ? 'max-h-[min(26rem,55vh)] divide-y divide-slate-200 overflow-y-auto overscroll-contain rounded-lg border border-slate-300'
            : 'flex flex-col gap-2'
        }
      >
        {choices.map((c) => (
          <li key={c.reference}>
            <label
              className={
                many
                  ? 'flex min-h-11 items-center gap-3 px-3 py-1.5'
                  : 'flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 px-3 py-1.5'
              }
            >
              <input
                type="checkbox"
                name="f"
                value={c.reference}
                defaultChecked={ticked.includes(c.reference)}
                className="h-5 w-5 shrink-0 accent-brand-700"
              />
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">{c.reference}</span>
                <span className="text-sm text-slate-700">{c.detail}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p
          id="pay-invoices-error"
          className="flex items-start gap-1.5 text-sm font-medium text-red-800"
        >
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
