'use client';

import { useTranslations } from 'next-intl';
import type { FieldValues, UseFormRegister } from 'react-hook-form';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';

/**
 * With a hosted processor (CinetPay), the customer picks the method on its page: we only ask
 * the name its card option needs, and an email if they want its confirmation.
 */
export function HostedPaymentFields({
  values,
  error,
  register,
}: {
  values?: Record<string, string>;
  error: (field: string) => string | undefined;
  register: UseFormRegister<FieldValues>;
}) {
  const t = useTranslations('Checkout');
  return (
    <Card className="flex flex-col gap-4">
      <input type="hidden" name="method" value="cinetpay" />
      <h2 className="text-lg font-bold text-slate-900">{t('hostedLegend')}</h2>
      <p className="text-slate-700">{t('hostedIntro')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="billing-name"
          {...register('billingName')}
          label={t('billingName')}
          autoComplete="given-name"
          defaultValue={values?.billingName}
          error={error('billingName')}
        />
        <TextField
          id="billing-surname"
          {...register('billingSurname')}
          label={t('billingSurname')}
          autoComplete="family-name"
          defaultValue={values?.billingSurname}
          error={error('billingSurname')}
        />
        <TextField
          id="billing-email"
          {...register('billingEmail')}
          type="email"
          label={t('billingEmail')}
          hint={t('billingEmailHint')}
          autoComplete="email"
          required={false}
          defaultValue={values?.billingEmail}
          error={error('billingEmail')}
          className="sm:col-span-2"
        />
      </div>
    </Card>
  );
}
