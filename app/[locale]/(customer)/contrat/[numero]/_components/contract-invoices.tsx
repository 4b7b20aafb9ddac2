import { getTranslations } from 'next-intl/server';
import { InsurerContact } from '@/components/insurer-contact';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { getConfig } from '@/lib/config';
import type { lookUpInvoices } from '@/lib/contracts/invoice-lookup';
import { lookupProblem } from '@/lib/contracts/lookup-problem';
import { log } from '@/lib/log';
import { CHOICE_PROBLEMS, type SelectionProblem } from '@/lib/payments/selection';
import { InvoiceList } from './invoice-list';
import { NoneFound } from './none-found';
import { PaySelection } from './pay-selection';
import type { ContractQuery } from './whole-page';

const ACTIONS = new Set(['all', 'none', 'total']);

/**
 * What the insurer answered for a contract: its invoices to choose from, "none found", or the
 * outage with whom to call. Streamed into the page when Enov answers, after the page's shell.
 */
export async function ContractInvoices({
  number,
  lookup,
  query,
}: {
  number: string;
  lookup: ReturnType<typeof lookUpInvoices>;
  query: ContractQuery;
}) {
  const [t, result] = await Promise.all([getTranslations('Contract'), lookup]);
  if (!result.ok) {
    const problem = lookupProblem(result.error);
    if (problem === 'unavailable') log.error('enov.lookup_refused', { error: result.error });
    return (
      <>
        <Alert tone="error" title={t(`errors.${problem}Title`)}>
          <p>{t(`errors.${problem}`)}</p>
          <p className="mt-3">
            <ButtonLink href={`/contrat/${number}`} variant="secondary" prefetch={false}>
              {t('tryAgain')}
            </ButtonLink>
          </p>
        </Alert>
        <InsurerContact contact={getConfig().insurerContact} />
      </>
    );
  }
  // Enov answers an unknown number as it answers a paid-up contract: we cannot say "à jour".
  if (result.value.length === 0) return <NoneFound number={number} />;

  // Sent back by the checkout when the choice cannot be paid: say why, keep the choice.
  const problem = CHOICE_PROBLEMS.has(query.erreur as SelectionProblem)
    ? (query.erreur as SelectionProblem)
    : undefined;
  // "All", "none" or "update the total" pressed without JavaScript: the same page, re-chosen.
  const action = ACTIONS.has(query.action ?? '') ? query.action : undefined;
  const previous =
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
      : undefined;
  return (
    <>
      {/* The choice first, the invoices' details after: with 24 invoices in arrears the
          details alone took ten screens before "Continuer". */}
      <PaySelection
        contract={number}
        invoices={result.value}
        minAmount={getConfig().payments.minAmount}
        previous={previous}
      />
      <InvoiceList invoices={result.value} />
    </>
  );
}

/**
 * Said while the insurer is asked: a status, so a screen reader hears that something comes.
 * Without JavaScript the streamed invoices would stay hidden: the browser is sent on at once
 * to the whole page (a refresh it reads inside `noscript` only), with a link if it does not.
 */
export async function InvoicesLoading({ whole }: { whole: string }) {
  const t = await getTranslations('Contract');
  return (
    <div>
      <noscript>
        <meta httpEquiv="refresh" content={`0;url=${whole}`} />
        <a href={whole} className="font-semibold text-brand-700 underline">
          {t('showInvoices')}
        </a>
      </noscript>
      <p role="status" className="flex min-h-11 items-center gap-3 text-slate-700">
        <span
          aria-hidden="true"
          className="h-5 w-5 animate-spin rounded-full border-2 border-brand-200 border-t-brand-700 motion-reduce:animate-none"
        />
        {t('loading')}
      </p>
    </div>
  );
}
