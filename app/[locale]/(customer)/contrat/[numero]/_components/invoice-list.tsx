import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { Invoice } from '@/lib/enov/types';
import { formatDate, formatXof } from '@/lib/format';
import { InvoiceStateBadge } from './invoice-state-badge';

/** Beyond this many invoices their details fold, so the page does not run to ten screens. */
export const FOLD_AFTER = 3;

/**
 * The open invoices, oldest first, as cards that read well at 320 px and on a screen reader:
 * label and value side by side on a phone, four columns from `sm`. With many invoices each
 * card folds to its reference, state and what is left (a `<details>`, no JavaScript needed).
 */
export async function InvoiceList({ invoices }: { invoices: Invoice[] }) {
  const t = await getTranslations('Contract');
  const total = invoices.reduce((sum, i) => sum + i.remaining, 0);
  const fold = invoices.length > FOLD_AFTER;
  return (
    <section aria-labelledby="invoices-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="invoices-title" className="text-xl font-bold text-slate-900">
          {t('invoicesTitle')}
        </h2>
        <p className="text-slate-700">{t('count', { count: invoices.length })}</p>
      </div>
      <ul className="flex flex-col gap-3">
        {invoices.map((invoice) => {
          const heading = (
            <>
              <span className="font-semibold text-slate-900">
                {t('reference')} {invoice.reference}
              </span>
              <InvoiceStateBadge state={invoice.state} />
            </>
          );
          const details = <InvoiceDetails invoice={invoice} />;
          const label = `${t('reference')} ${invoice.reference}`;
          return (
            <li key={invoice.reference}>
              {fold ? (
                // A card of its own: the summary is the whole of it, edge to edge.
                <section
                  aria-label={label}
                  className="rounded-xl border border-slate-200 bg-white shadow-sm"
                >
                  <details className="group">
                    <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-xl p-4 [&::-webkit-details-marker]:hidden">
                      <span
                        aria-hidden="true"
                        className="text-brand-700 transition-transform group-open:rotate-90"
                      >
                        ▶
                      </span>
                      {heading}
                      <span className="ml-auto font-bold text-slate-900 tabular-nums">
                        {t('remainingShort', { amount: formatXof(invoice.remaining) })}
                      </span>
                    </summary>
                    <div className="px-4 pb-4">{details}</div>
                  </details>
                </section>
              ) : (
                <Card className="flex flex-col gap-3" aria-label={label}>
                  <div className="flex flex-wrap items-center justify-between gap-2">{heading}</div>
                  {details}
                </Card>
              )}
            </li>
          );
        })}
      </ul>
      <p className="flex flex-wrap items-baseline justify-between gap-2 rounded-xl bg-brand-800 p-4 text-white">
        <span className="font-semibold">{t('totalDue')}</span>
        <span
          className="min-w-0 text-xl font-bold tabular-nums sm:text-2xl"
          data-testid="total-due"
        >
          {formatXof(total)}
        </span>
      </p>
    </section>
  );
}

async function InvoiceDetails({ invoice }: { invoice: Invoice }) {
  const t = await getTranslations('Contract');
  const rows: Array<[string, string, boolean?]> = [
    [t('issued'), formatDate(new Date(`${invoice.issueDate}T00:00:00Z`))],
    [t('amount'), formatXof(invoice.amount)],
    [t('paid'), formatXof(invoice.paid)],
    [t('remaining'), formatXof(invoice.remaining), true],
  ];
  return (
    <dl className="flex flex-col divide-y divide-slate-100 text-slate-800 sm:grid sm:grid-cols-4 sm:gap-x-4 sm:divide-y-0">
      {rows.map(([label, value, strong]) => (
        <div
          key={label}
          className="flex flex-wrap items-baseline justify-between gap-x-4 py-1.5 sm:block sm:py-0"
        >
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd
            className={`ml-auto tabular-nums sm:ml-0 ${strong ? 'font-bold text-slate-900' : ''}`}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
