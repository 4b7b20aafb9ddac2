import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { filterParams, type PaymentFilter } from '@/lib/agent/payment-filter';

export async function Pagination({ filter, pages }: { filter: PaymentFilter; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations('Agent.payments');
  const href = (page: number) => `/agent/paiements?${filterParams(filter, { page }).toString()}`;
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center gap-3">
      {filter.page > 1 ? (
        <Link href={href(filter.page - 1)} className={buttonClasses('secondary')} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span className="text-slate-800">{t('page', { page: filter.page, pages })}</span>
      {filter.page < pages ? (
        <Link href={href(filter.page + 1)} className={buttonClasses('secondary')} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
