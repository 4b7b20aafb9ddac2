'use client';

import { useTranslations } from 'next-intl';
import type { FieldValues, UseFormRegister } from 'react-hook-form';
import { useEffect, useRef } from 'react';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

const STORAGE_KEY = 'lalo.billing';
const FIELDS = ['billingAddress', 'billingCity', 'billingCountry', 'billingPhone'] as const;
const COUNTRIES = ['CIV', 'SEN', 'BFA', 'MLI', 'BEN', 'TGO', 'FRA'] as const;

function readSaved(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
  } catch {
    // Nothing remembered, or storage refused: the fields simply start empty.
    return {};
  }
}

/** The billing details LOVAT needs, remembered on this device (never on our servers beyond the payment). */
export function BillingFields({
  values,
  error,
  register,
}: {
  values?: Record<string, string>;
  error: (field: string) => string | undefined;
  register: UseFormRegister<FieldValues>;
}) {
  const t = useTranslations('Checkout');
  const ref = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const saved = readSaved();
    for (const name of FIELDS) {
      const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      if (input && !input.value && saved[name]) input.value = saved[name];
    }
    const form = root.closest('form');
    const remember = () => {
      // A field left empty (the phone, when paying by mobile money) keeps what was remembered.
      const data = { ...readSaved() };
      for (const name of FIELDS) {
        const value = root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;
        if (value) data[name] = value;
      }
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
      } catch {
        // Private browsing may refuse storage; paying still works.
      }
    };
    form?.addEventListener('submit', remember);
    return () => form?.removeEventListener('submit', remember);
  }, []);

  return (
    <Card>
      <fieldset ref={ref} className="flex flex-col gap-4">
        <legend className="text-lg font-bold text-slate-900">{t('billingLegend')}</legend>
        <p className="text-sm text-slate-700">{t('billingHint')}</p>
        <TextField
          id="billing-address"
          {...register('billingAddress')}
          label={t('billingAddress')}
          autoComplete="street-address"
          defaultValue={values?.billingAddress}
          error={error('billingAddress')}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="billing-city"
            {...register('billingCity')}
            label={t('billingCity')}
            autoComplete="address-level2"
            defaultValue={values?.billingCity}
            error={error('billingCity')}
          />
          <SelectField
            id="billing-country"
            {...register('billingCountry')}
            label={t('billingCountry')}
            defaultValue={values?.billingCountry ?? 'CIV'}
            error={error('billingCountry')}
            options={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
          />
        </div>
        <TextField
          id="billing-phone"
          {...register('billingPhone')}
          label={t('billingPhone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          defaultValue={values?.billingPhone}
          // Paying by mobile money, the wallet's number is the phone: it is not asked twice.
          className="[form:has(.wallet-radio:checked)_&]:hidden"
          error={error('billingPhone')}
        />
      </fieldset>
    </Card>
  );
}
