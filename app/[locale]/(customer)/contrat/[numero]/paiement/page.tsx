import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AllocationTable } from '@/components/allocation-table';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getConfig } from '@/lib/config';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { limitContractLookups } from '@/lib/rate-limit';
import { enov } from '@/lib/enov/client';
import { formatXof } from '@/lib/format';
import { METHODS } from '@/lib/payments/methods';
import { CHOICE_PROBLEMS, isAmountProblem, resolveSelection } from '@/lib/payments/selection';
import { NO_SCRIPT } from '../_components/whole-page';
import { CheckoutForm } from './_components/checkout-form';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ numero: string }>;
  searchParams: Promise<{
    f?: string | string[];
    mode?: string;
    montant?: string;
    moyen?: string;
    js?: string;
  }>;
};

export async function generateMetadata({ params }: Props) {
  const { numero } = await params;
  return { title: (await getTranslations('Checkout'))('metaTitle', { number: numero }) };
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const parsed = contractNumberSchema.safeParse((await params).numero);
  if (!parsed.success) notFound();
  await limitContractLookups();
  const contract = parsed.data;
  const config = getConfig();
  const [t, lookup, query] = await Promise.all([
    getTranslations('Checkout'),
    enov().selectInvoices(contract),
    searchParams,
  ]);
  const selection = lookup.ok
    ? resolveSelection(lookup.value, query, config.payments.minAmount)
    : undefined;
  if (selection && !selection.ok && CHOICE_PROBLEMS.has(selection.problem)) {
    // The customer's own choice is wrong: back to the contract page, which says why beside the
    // field and keeps what was chosen (a plain GET, so it works without JavaScript too).
    const back = new URLSearchParams();
    for (const f of [query.f ?? []].flat()) back.append('f', f);
    if (query.mode) back.set('mode', query.mode);
    if (query.montant) back.set('montant', query.montant);
    back.set('erreur', selection.problem);
    // Sent from the page whole (no JavaScript): back to it whole.
    if (query.js === NO_SCRIPT) back.set('js', NO_SCRIPT);
    // The amount's field takes the focus itself (autofocus), which a fragment would cancel.
    const anchor = isAmountProblem(selection.problem) ? '' : '#pay-title';
    redirect(`/contrat/${contract}?${back.toString()}${anchor}`);
  }
  const back = (
    <Link
      href={`/contrat/${contract}`}
      className="inline-flex min-h-11 w-fit items-center font-semibold text-brand-700 underline"
    >
      {t('back')}
    </Link>
  );
  if (!lookup.ok || !selection?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <Alert tone="error">{lookup.ok ? t('invalidSelection') : t('errors.lookupFailed')}</Alert>
        {back}
      </div>
    );
  }
  const remaining = new Map(lookup.value.map((i) => [i.reference, i.remaining]));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title')}</h1>
      </div>
      <Card aria-labelledby="summary-title">
        <h2 id="summary-title" className="text-lg font-bold text-slate-900">
          {t('summary')}
        </h2>
        <div className="mt-3">
          <AllocationTable
            rows={selection.allocations.map((a) => ({
              reference: a.reference,
              amount: a.amount,
              remainingAfter: (remaining.get(a.reference) ?? 0) - a.amount,
            }))}
            labels={{
              invoice: t('invoice'),
              paid: t('pays'),
              remainingAfter: t('after'),
              total: t('total'),
            }}
            total={selection.amount}
          />
        </div>
      </Card>
      <CheckoutForm
        attempt={randomUUID()}
        contract={contract}
        invoices={selection.references.join(',')}
        amount={selection.full ? 'full' : String(selection.amount)}
        amountLabel={formatXof(selection.amount)}
        showTestMethods={config.sandbox}
        processor={config.payments.processor === 'cinetpay' ? 'hosted' : 'simulated'}
        initialMethod={METHODS.find((m) => m === query.moyen)}
      />
    </div>
  );
}
