import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { parsePaymentFilter } from '@/lib/agent/payment-filter';
import { searchPayments } from '@/lib/agent/queries';
import { requireAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { PaymentFilters } from './_components/payment-filters';
import { Pagination } from './_components/pagination';
import { PaymentTable } from '../_components/payment-table';

export async function generateMetadata() {
  return { title: (await getTranslations('Agent.payments'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PaymentsPage({ searchParams }: Props) {
  await requireAgent('agent', '/agent/paiements');
  const { filter, errors } = parsePaymentFilter(await searchParams);
  const [result, t] = await Promise.all([
    searchPayments(getDb(), filter),
    getTranslations('Agent.payments'),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      <PaymentFilters filter={filter} errors={errors} />
      <p className="font-semibold text-slate-800" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <Alert tone="info">{t('none')}</Alert>
      ) : (
        <PaymentTable rows={result.rows} caption={t('title')} />
      )}
      <Pagination filter={filter} pages={pages} />
    </div>
  );
}
