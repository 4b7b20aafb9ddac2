import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { Invoice } from '@/lib/enov/types';
import { formatDate, formatXof } from '@/lib/format';
import { InvoiceStateBadge } from './invoice-state-badge';

/** The open invoices, oldest first, as cards that read well at 360 px and on a screen reader. */
export async function InvoiceList({ invoices }: { invoices: Invoice[] }) {
  const t = await getTranslations('Contract');
  const total = invoices.reduce((sum, i) => sum + i.remaining, 0);
  return (
    <section aria-labelledby="invoices-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="invoices-title" className="text-xl font-bold text-slate-900">
          {t('invoicesTitle')}
        </h2>
        <p className="text-slate-700">{t('count', { count: invoices.length })}</p>
      </div>
      <ul className="flex flex-col gap-3">
        {invoices.map((invoice) => (
          <li key={invoice.reference}>
            <Card
              className="flex flex-col gap-3"
              aria-label={`${t('reference')} ${invoice.reference}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold text-slate-900">
                  {t('reference')} {invoice.reference}
                </p>
                <InvoiceStateBadge state={invoice.state} />
              </div>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-4">
                <div>
                  <dt className="text-sm text-slate-600">{t('issued')}</dt>
                  <dd>{formatDate(new Date(`${invoice.issueDate}T00:00:00Z`))}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">{t('amount')}</dt>
                  <dd className="tabular-nums">{formatXof(invoice.amount)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">{t('paid')}</dt>
                  <dd className="tabular-nums">{formatXof(invoice.paid)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-600">{t('remaining')}</dt>
                  <dd className="font-bold text-slate-900 tabular-nums">
                    {formatXof(invoice.remaining)}
                  </dd>
                </div>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap items-baseline justify-between gap-2 rounded-xl bg-brand-800 p-4 text-white">
        <span className="font-semibold">{t('totalDue')}</span>
        <span className="text-2xl font-bold tabular-nums" data-testid="total-due">
          {formatXof(total)}
        </span>
      </p>
    </section>
  );
}
