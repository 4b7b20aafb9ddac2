'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import { formatExpiryInput } from '@/lib/payments/card';
import { markPaying, unmarkPaying } from '@/lib/payments/just-paid';
import { METHODS, type CheckoutMethod } from '@/lib/payments/methods';
import { BillingFields } from './billing-fields';
import { HostedPaymentFields } from './hosted-payment-fields';
import { payAction } from '@/app/actions/pay';

const loadSchema = async () => (await import('@/lib/payments/checkout-form')).checkoutFormSchema;

type Props = {
  attempt: string;
  contract: string;
  invoices: string;
  amount: string;
  amountLabel: string;
  showTestMethods: boolean;
  /** `hosted`: the customer pays on the processor's page (CinetPay). */
  processor: 'simulated' | 'hosted';
  /** The method ticked at first: the one of a try being changed or retried (`?moyen=`). */
  initialMethod?: CheckoutMethod;
};

/**
 * Each method's fields are all in the page and shown by the ticked radio, in CSS: without
 * JavaScript a radio changes nothing else, and the server reads only the chosen method's
 * fields. Where `:has()` is not supported both show, which still pays.
 */
const CARD_ONLY = '[form:has(.wallet-radio:checked)_&]:hidden';
const WALLET_ONLY = '[form:has(#method-card:checked)_&]:hidden';

export function CheckoutForm({
  attempt,
  contract,
  invoices,
  amount,
  amountLabel,
  showTestMethods,
  processor,
  initialMethod = 'card',
}: Props) {
  const t = useTranslations('Checkout');
  // The receipt that follows takes focus on its heading (lib/payments/just-paid.ts).
  const { state, outcome, form, fieldError, messageRef, formProps } = useActionForm(
    payAction,
    loadSchema,
    { onValid: markPaying },
  );
  // After a refusal (without JavaScript, a new page) the method sent stays ticked.
  const sent = METHODS.find((m) => m === state.values?.method);
  const [method, setMethod] = useState<CheckoutMethod>(sent ?? initialMethod);
  const error = (field: string) => {
    const key = fieldError(field);
    return key ? t(`errors.${key}` as 'errors.cardNumber') : undefined;
  };
  // The server hands back the card number and expiry, never the security code: after a
  // refusal the code is asked for again, and the field says why it is empty.
  const cvcCleared = state.status === 'error' && state.values?.cardNumber !== undefined;
  const message = outcome.message
    ? t(`errors.${outcome.message}` as 'errors.invalidForm')
    : undefined;
  const methodField = form.register('method');
  const expiryField = form.register('cardExpiry');

  useEffect(() => {
    if (state.status === 'error') unmarkPaying();
  }, [state]);

  return (
    <form {...formProps} className="flex flex-col gap-5">
      <input type="hidden" name="attempt" value={attempt} />
      <input type="hidden" name="contract" value={contract} />
      <input type="hidden" name="invoices" value={invoices} />
      <input type="hidden" name="amount" value={amount} />
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        <FormMessage state={outcome} text={message} />
      </div>
      {processor === 'hosted' ? (
        <HostedPaymentFields values={state.values} error={error} register={form.register} />
      ) : null}
      {processor === 'hosted' ? null : (
        <Card className="flex flex-col gap-4">
          {/* #moyen: where a declined payment's "another method" link lands (receipt-actions). */}
          <fieldset id="moyen" className="flex scroll-mt-4 flex-col gap-2">
            <legend className="mb-2 text-lg font-bold text-slate-900">{t('methodLegend')}</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {METHODS.map((m) => (
                <label
                  key={m}
                  className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    {...methodField}
                    type="radio"
                    value={m}
                    id={`method-${m}`}
                    checked={method === m}
                    onChange={(e) => {
                      setMethod(m);
                      void methodField.onChange(e);
                    }}
                    className={`h-5 w-5 accent-brand-700 ${m === 'card' ? '' : 'wallet-radio'}`}
                  />
                  {t(`methods.${m}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className={`flex flex-col gap-4 ${CARD_ONLY}`}>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField
                {...form.register('cardNumber')}
                id="card-number"
                label={t('cardNumber')}
                inputMode="numeric"
                autoComplete="cc-number"
                className="sm:col-span-3"
                defaultValue={state.values?.cardNumber}
                error={error('cardNumber')}
              />
              <TextField
                {...expiryField}
                id="card-expiry"
                label={t('cardExpiry')}
                inputMode="numeric"
                autoComplete="cc-exp"
                placeholder="MM/AA"
                maxLength={7}
                defaultValue={state.values?.cardExpiry}
                // Keypads often have no "/": it is put in as the user types. Without JavaScript
                // the server reads 1230 as 12/30 all the same.
                onChange={(e) => {
                  const shown = formatExpiryInput(e.currentTarget.value);
                  if (shown !== e.currentTarget.value) e.currentTarget.value = shown;
                  void expiryField.onChange(e);
                }}
                error={error('cardExpiry')}
              />
              <TextField
                {...form.register('cardCvc')}
                id="card-cvc"
                label={t('cardCvc')}
                inputMode="numeric"
                autoComplete="cc-csc"
                hint={cvcCleared ? t('cvcCleared') : undefined}
                error={error('cardCvc')}
              />
            </div>
            {/* About card data only: said to someone paying by mobile money, it misleads. */}
            <p className="text-sm text-slate-700">{t('secure')}</p>
          </div>
          <TextField
            {...form.register('walletNumber')}
            id="wallet-number"
            label={t('walletNumber')}
            hint={t('walletHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            className={WALLET_ONLY}
            defaultValue={state.values?.walletNumber}
            error={error('walletNumber')}
          />
        </Card>
      )}
      <BillingFields values={state.values} error={error} register={form.register} />
      {showTestMethods && processor === 'simulated' ? (
        <Alert tone="info" title={t('testTitle')}>
          <p>{t('testCards')}</p>
          <p className="mt-1">{t('testWallets')}</p>
        </Alert>
      ) : null}
      <div>
        <SubmitButton pendingLabel={t('paying')}>
          {t('payButton', { amount: amountLabel })}
        </SubmitButton>
      </div>
    </form>
  );
}
