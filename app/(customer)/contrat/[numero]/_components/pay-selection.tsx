import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Invoice } from '@/lib/enov/types';
import { formatXof } from '@/lib/format';
import { totalDue } from '@/lib/payments/allocation';
import type { SelectionProblem } from '@/lib/payments/selection';
import { AmountChoice } from './amount-choice';

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
  previous?: { f: string[]; mode?: string; montant?: string; problem: SelectionProblem };
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
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={invoiceError ? 'pay-invoices-error' : undefined}
        >
          <legend className="mb-1 font-semibold text-slate-900">{t('choose')}</legend>
          {invoices.map((i) => (
            <label
              key={i.reference}
              className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 px-3"
            >
              <input
                type="checkbox"
                name="f"
                value={i.reference}
                defaultChecked={ticked(i.reference)}
                className="h-5 w-5 accent-brand-700"
              />
              <span>
                {i.reference} — {t('remainingOf', { amount: formatXof(i.remaining) })}
              </span>
            </label>
          ))}
          {invoiceError ? (
            <p
              id="pay-invoices-error"
              className="flex items-start gap-1.5 text-sm font-medium text-red-800"
            >
              <span aria-hidden="true">⚠</span>
              {invoiceError}
            </p>
          ) : null}
        </fieldset>
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
