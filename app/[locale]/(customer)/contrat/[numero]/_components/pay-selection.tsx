import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Invoice } from '@/lib/enov/types';
import { formatDate, formatXof } from '@/lib/format';
import { totalDue } from '@/lib/payments/allocation';
import type { SelectionProblem } from '@/lib/payments/selection';
import { AmountChoice } from './amount-choice';
import { NO_SCRIPT } from './whole-page';
import { InvoicePicker } from './invoice-picker';

/**
 * Which invoices, and how much: a plain GET form (it works without JavaScript) leading to the
 * checkout, which checks everything again against the insurer. When the choice cannot be paid
 * the checkout sends the customer back here (`previous`), and the reason is said beside the
 * field it concerns, with the choice kept.
 */
export async function PaySelection({
  contract,
  invoices,
  minAmount,
  previous,
}: {
  contract: string;
  invoices: Invoice[];
  minAmount: number;
  /** The choice to show again: sent back by the checkout, or after "all", "none", "update". */
  previous?: { f: string[]; mode?: string; montant?: string; problem?: SelectionProblem };
}) {
  const t = await getTranslations('Pay');
  const ticked = (reference: string) => !previous || previous.f.includes(reference);
  const due = totalDue(invoices.filter((i) => ticked(i.reference)));
  const problem = previous?.problem;
  const invoiceError = problem === 'noInvoice' ? t('errors.noInvoice') : undefined;
  const amountError =
    problem && problem !== 'noInvoice' && problem !== 'invoiceChanged' && problem !== 'nothingDue'
      ? t(`errors.${problem}`, { min: formatXof(minAmount), due: formatXof(due) })
      : undefined;
  return (
    <Card aria-labelledby="pay-title" className="flex flex-col gap-4">
      <h2 id="pay-title" className="text-xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <form method="get" action={`/contrat/${contract}/paiement`} className="flex flex-col gap-5">
        {/* The default button, first in the form, so Enter in the amount goes on to pay rather
            than "select all". */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
        {/* Without JavaScript "all", "none" and "update" bring back the page whole. */}
        <noscript>
          <input type="hidden" name="js" value={NO_SCRIPT} />
        </noscript>
        <InvoicePicker
          here={`/contrat/${contract}#pay-title`}
          choices={invoices.map((i) => ({
            reference: i.reference,
            detail: t('choiceDetail', {
              date: formatDate(new Date(`${i.issueDate}T00:00:00Z`)),
              amount: formatXof(i.remaining),
            }),
            remaining: i.remaining,
          }))}
          ticked={invoices.filter((i) => ticked(i.reference)).map((i) => i.reference)}
          labels={{
            legend: t('choose'),
            total: t('selectionTotal'),
            all: t('selectAll'),
            none: t('selectNone'),
            update: t('updateTotal'),
          }}
          error={invoiceError}
        />
        <AmountChoice
          labels={{
            legend: t('amountLegend'),
            full: t('full'),
            partial: t('partial'),
            amount: t('amountLabel'),
            hint: t('amountHint', { min: formatXof(minAmount) }),
          }}
          partial={previous?.mode === 'partial' || Boolean(previous?.montant?.trim())}
          montant={previous?.montant}
          error={amountError}
        />
        <div>
          <Button type="submit" size="lg">
            {t('continue')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
