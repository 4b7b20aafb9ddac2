import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { filterParams, type PaymentFilter } from '@/lib/agent/payment-filter';
import { formatDate } from '@/lib/format';
import { PAYMENT_METHODS } from '@/lib/payments/methods';
import { PAYMENT_STATES } from '@/lib/payments/state-machine';

/** A GET form: the filters live in the URL, so they work without JavaScript and can be shared. */
export async function PaymentFilters({
  filter,
  errors,
}: {
  filter: PaymentFilter;
  errors: Record<string, string>;
}) {
  const [t, states, methods, e] = await Promise.all([
    getTranslations('Agent.payments'),
    getTranslations('Agent.states'),
    getTranslations('Agent.methods'),
    getTranslations('Agent.errors'),
  ]);
  const error = (k: string) => (errors[k] ? e(errors[k] as 'invalidDate') : undefined);
  const exportParams = filterParams({ ...filter, page: 1 }).toString();
  return (
    <Card>
      <form method="get" action="/agent/paiements" aria-labelledby="filters-title" noValidate>
        <h2 id="filters-title" className="mb-4 text-lg font-bold text-slate-900">
          {t('filters')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            id="f-status"
            name="status"
            label={t('status')}
            defaultValue={filter.status ?? ''}
            error={error('status')}
            options={[
              { value: '', label: t('any') },
              ...PAYMENT_STATES.map((s) => ({ value: s, label: states(s) })),
            ]}
          />
          <SelectField
            id="f-method"
            name="method"
            label={t('method')}
            defaultValue={filter.method ?? ''}
            error={error('method')}
            options={[
              { value: '', label: t('any') },
              ...PAYMENT_METHODS.map((m) => ({ value: m, label: methods(m) })),
            ]}
          />
          <TextField
            id="f-contract"
            name="contract"
            label={t('contract')}
            inputMode="numeric"
            defaultValue={filter.contract ?? ''}
            error={error('contract')}
          />
          <TextField
            id="f-from"
            name="from"
            label={t('from')}
            placeholder="01/11/2026"
            defaultValue={filter.from ? formatDate(filter.from) : ''}
            error={error('from')}
          />
          <TextField
            id="f-to"
            name="to"
            label={t('to')}
            placeholder="30/11/2026"
            defaultValue={filter.to ? formatDate(filter.to) : ''}
            error={error('to')}
          />
          <TextField
            id="f-q"
            name="q"
            label={t('q')}
            defaultValue={filter.q ?? ''}
            error={error('q')}
          />
        </div>
        <div className="mt-4 flex items-center gap-3">
          <input
            id="f-failing"
            type="checkbox"
            name="delivery"
            value="failing"
            defaultChecked={filter.failing}
            className="h-6 w-6 accent-brand-700"
          />
          <label htmlFor="f-failing" className="font-medium">
            {t('failingOnly')}
          </label>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            {t('apply')}
          </button>
          <Link href="/agent/paiements" className={buttonClasses('secondary')}>
            {t('reset')}
          </Link>
          <a
            href={`/agent/paiements/export${exportParams ? `?${exportParams}` : ''}`}
            className={buttonClasses('ghost')}
            download
          >
            {t('export')}
          </a>
        </div>
      </form>
    </Card>
  );
}
