import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/forms/submit-button';
import { Card } from '@/components/ui/card';
import { methodsFor, OUTCOMES } from '@/lib/sandbox/cinetpay/codes';
import { PENDING_DELAY_MS } from '@/lib/sandbox/cinetpay/payments';
import type { CinetpayTransactionRow } from '@/lib/sandbox/schema';

const choiceClass =
  'flex min-h-12 items-start gap-3 rounded-lg border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700';
const radioClass = 'mt-0.5 h-5 w-5 shrink-0 accent-brand-700';
const legendClass = 'mb-2 text-lg font-bold text-slate-900';

/**
 * The tester's choice of method (those the payment's channels allow) and outcome: a plain form
 * posted to the guichet's route, so it works without JavaScript and leaves as a page load.
 */
export async function GuichetForm({ tx, amount }: { tx: CinetpayTransactionRow; amount: string }) {
  const t = await getTranslations('Guichet');
  const methods = methodsFor(tx.channels);
  return (
    <Card className="flex flex-col gap-5">
      <form
        action={`/sandbox/cinetpay/guichet/${tx.token}/payer`}
        method="post"
        className="flex flex-col gap-5"
      >
        <fieldset className="flex flex-col gap-2">
          <legend className={legendClass}>{t('methodLegend')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {methods.map((m, i) => (
              <label key={m} className={choiceClass}>
                <input
                  type="radio"
                  name="method"
                  value={m}
                  defaultChecked={i === 0}
                  className={radioClass}
                />
                <span>{t(`methods.${m}`)}</span>
              </label>
            ))}
          </div>
          {tx.lockPhoneNumber && tx.customer.phone_number ? (
            <p className="text-sm text-slate-700">
              {t('lockedPhone', { phone: tx.customer.phone_number })}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className={legendClass}>{t('outcomeLegend')}</legend>
          {OUTCOMES.map((o, i) => (
            // The hint stays outside the label: it describes the choice, it does not name it.
            <div key={o} className={choiceClass}>
              <input
                id={`outcome-${o}`}
                type="radio"
                name="outcome"
                value={o}
                defaultChecked={i === 0}
                aria-describedby={`outcome-${o}-hint`}
                className={radioClass}
              />
              <div className="flex flex-col">
                <label htmlFor={`outcome-${o}`} className="cursor-pointer">
                  {t(`outcomes.${o}`)}
                </label>
                <span id={`outcome-${o}-hint`} className="text-sm text-slate-700">
                  {t(`outcomeHints.${o}`, { seconds: PENDING_DELAY_MS / 1000 })}
                </span>
              </div>
            </div>
          ))}
        </fieldset>
        <p className="text-sm text-slate-700">{t('notified')}</p>
        <div>
          <SubmitButton pendingLabel={t('sending')}>{t('submit', { amount })}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
