import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Invoice } from '@/lib/enov/types';
import { formatXof } from '@/lib/format';

/**
 * Which invoices, and how much: a plain GET form (it works without JavaScript) leading to the
 * checkout, which checks everything again against the insurer.
 */
export async function PaySelection({
  contract,
  invoices,
  minAmount,
}: {
  contract: string;
  invoices: Invoice[];
  minAmount: number;
}) {
  const t = await getTranslations('Pay');
  return (
    <Card aria-labelledby="pay-title" className="flex flex-col gap-4">
      <h2 id="pay-title" className="text-xl font-bold text-slate-900">
        {t('title')}
      </h2>
      <form method="get" action={`/contrat/${contract}/paiement`} className="flex flex-col gap-5">
        <fieldset className="flex flex-col gap-2">
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
                defaultChecked
                className="h-5 w-5 accent-brand-700"
              />
              <span>
                {i.reference} — {t('remainingOf', { amount: formatXof(i.remaining) })}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold text-slate-900">{t('amountLegend')}</legend>
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="mode"
              value="full"
              defaultChecked
              className="h-5 w-5 accent-brand-700"
            />
            {t('full')}
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="radio" name="mode" value="partial" className="h-5 w-5 accent-brand-700" />
            {t('partial')}
          </label>
          <label htmlFor="pay-amount" className="mt-1 font-semibold text-slate-900">
            {t('amountLabel')}
          </label>
          <p id="pay-amount-hint" className="text-sm text-slate-600">
            {t('amountHint', { min: formatXof(minAmount) })}
          </p>
          <input
            id="pay-amount"
            name="montant"
            inputMode="numeric"
            aria-describedby="pay-amount-hint"
            className="min-h-12 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-3 text-lg"
          />
        </fieldset>
        <div>
          <Button type="submit" size="lg">
            {t('continue')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
