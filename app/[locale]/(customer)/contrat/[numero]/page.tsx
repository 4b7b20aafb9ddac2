import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { limitContractLookupsOnce, lookUpInvoices } from '@/lib/contracts/invoice-lookup';
import { lookupProblem } from '@/lib/contracts/lookup-problem';
import { ContractInvoices, InvoicesLoading } from './_components/contract-invoices';
import { NO_SCRIPT, wholePage, type ContractQuery } from './_components/whole-page';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ numero: string }> };

export async function generateMetadata({ params }: Params) {
  const { numero } = await params;
  const t = await getTranslations('Contract');
  const parsed = contractNumberSchema.safeParse(numero);
  const result = parsed.success ? await lookUpInvoices(parsed.data) : undefined;
  // When the insurer cannot be read, the tab says so, not which contract was asked for.
  if (result && !result.ok) return { title: t(`errors.${lookupProblem(result.error)}Title`) };
  return { title: t('metaTitle', { number: numero }) };
}

/**
 * The page's shell goes out at once; the invoices follow when the insurer answers. The client's
 * look-up limit is counted before the shell, so a refusal is still a redirect to the 429 page.
 * A browser without JavaScript cannot put streamed content in place: it is sent on to the page
 * whole (`js=0`, which its forms here carry), rendered once the insurer has answered.
 */
export default async function ContractPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<ContractQuery> }) {
  const parsed = contractNumberSchema.safeParse((await params).numero);
  if (!parsed.success) notFound();
  const number = parsed.data;
  await limitContractLookupsOnce();
  const [t, query] = await Promise.all([getTranslations('Contract'), searchParams]);
  const invoices = (
    <ContractInvoices number={number} lookup={lookUpInvoices(number)} query={query} />
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link
          href="/"
          className="inline-flex min-h-11 w-fit items-center font-semibold text-brand-700 underline"
        >
          {t('otherNumber')}
        </Link>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t('title', { number })}</h1>
      </div>
      {query.js === NO_SCRIPT ? (
        invoices
      ) : (
        <Suspense fallback={<InvoicesLoading whole={wholePage(number, query)} />}>
          {invoices}
        </Suspense>
      )}
    </div>
  );
}
