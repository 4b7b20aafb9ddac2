import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ContractForm } from '../../../_components/contract-form';

/**
 * No open invoice for this number: maybe paid up, maybe a typo. A mistyped number must not pass
 * for a paid policy, so we say only what we know and offer the look-up again, prefilled.
 */
export async function NoneFound({ number }: { number: string }) {
  const t = await getTranslations('Contract');
  return (
    <>
      <Alert tone="warning" title={t('noneFoundTitle', { number })}>
        <p>{t('noneFoundBody')}</p>
        <p className="mt-2">
          {/* The field itself: following the link focuses it, ready to correct. */}
          <a
            href="#contract"
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t('correct')}
          </a>
        </p>
      </Alert>
      <Card aria-labelledby="search-again" className="flex max-w-xl flex-col gap-4">
        <h2 id="search-again" className="text-xl font-bold text-slate-900">
          {t('searchAgain')}
        </h2>
        <ContractForm defaultValue={number} />
      </Card>
    </>
  );
}
