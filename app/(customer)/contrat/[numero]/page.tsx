import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { InsurerContact } from '@/components/insurer-contact';
import { lookUpInvoices } from '@/lib/contracts/invoice-lookup';
import { lookupProblem } from '@/lib/contracts/lookup-problem';
import { log } from '@/lib/log';
import { getConfig } from '@/lib/config';
import { CHOICE_PROBLEMS, type SelectionProblem } from '@/lib/payments/selection';
import { InvoiceList } from './_components/invoice-list';
import { NoneFound } from './_components/none-found';
import { PaySelection } from './_components/pay-selection';

export const dynamic = 'force-dynamic';

const ACTIONS = new Set(['all', 'none', 'total']);

type Params = { params: Promise<{ numero: string }> };
type Query = {
  searchParams: Promise<{
    f?: string | string[];
    mode?: string;
    montant?: string;
    erreur?: string;
    action?: string;
  }>;
};

export async function generateMetadata({ params }: Params) {
  const { numero } = await params;
  const t = await getTranslations('Contract');
  const parsed = contractNumberSchema.safeParse(numero);
  const result = parsed.success ? await lookUpInvoices(parsed.data) : undefined;
  // When the insurer cannot be read, the tab says so, not which contract was asked for.
  if (result && !result.ok) return { title: t(`errors.${lookupProblem(result.error)}Title`) };
  return { title: t('metaTitle', { number: numero }) };
}

export default async function ContractPage({ params, searchParams }: Params & Query) {
  const parsed = contractNumberSchema.safeParse((await params).numero);
  if (!parsed.success) notFound();
  const number = parsed.data;
  const [t, result, query] = await Promise.all([
    getTranslations('Contract'),
    lookUpInvoices(number),
    searchParams,
  ]);
  // Sent back by the checkout when the choice cannot be paid: say why, keep the choice.
  const problem = CHOICE_PROBLEMS.has(query.erreur as SelectionProblem)
    ? (query.erreur as SelectionProblem)
    : undefined;
  // "All", "none" or "update the total" pressed without JavaScript: the same page, re-chosen.
  const action = ACTIONS.has(query.action ?? '') ? query.action : undefined;

  let body: React.ReactNode;
  if (!result.ok) {
    const problem = lookupProblem(result.error);
    if (problem === 'unavailable') log.error('enov.lookup_refused', { error: result.error });
    body = (
      <Alert tone="error" title={t(`errors.${problem}Title`)}>
        <p>{t(`errors.${problem}`)}</p>
        <p className="mt-3">
          <ButtonLink href={`/contrat/${number}`} variant="secondary" prefetch={false}>
            {t('tryAgain')}
          </ButtonLink>
        </p>
      </Alert>
    );
  } else if (result.value.length === 0) {
    // Enov answers an unknown number as it answers a paid-up contract: we cannot say "à jour".
    body = <NoneFound number={number} />;
  } else {
    body = (
      <>
        {/* The choice first, the invoices' details after: with 24 invoices in arrears the
            details alone took ten screens before "Continuer". */}
        <PaySelection
          contract={number}
          invoices={result.value}
          minAmount={getConfig().payments.minAmount}
          previous={
            problem || action
              ? {
                  f:
                    action === 'all'
                      ? result.value.map((i) => i.reference)
                      : action === 'none'
                        ? []
                        : [query.f ?? []].flat(),
                  mode: query.mode,
                  montant: query.montant,
                  problem: action ? undefined : problem,
                }
              : undefined
          }
        />
        <InvoiceList invoices={result.value} />
      </>
    );
  }

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
      {body}
      {result.ok ? null : <InsurerContact contact={getConfig().insurerContact} />}
    </div>
  );
}
