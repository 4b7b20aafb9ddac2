'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

export interface SimpleField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'select' | 'textarea' | 'checkbox';
  autoComplete?: string;
  hint?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  /** For selects. */
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Defaults to true: every field of our forms is needed unless said otherwise. */
  required?: boolean;
}

/** One field of a SimpleForm, by kind; its hint and error tied to it. */
export function FormFieldControl({
  id,
  field: f,
  registration,
  defaultValue,
  error,
  autoFocus,
}: {
  id: string;
  field: SimpleField;
  /** react-hook-form's handle on the control (its name, ref and change events). */
  registration: UseFormRegisterReturn;
  defaultValue?: string;
  error?: string;
  /** The first invalid field of a refused form, for a page rendered without JavaScript. */
  autoFocus?: boolean;
}) {
  const required = f.required ?? true;
  const common = { id, ...registration, label: f.label, hint: f.hint, error, required, autoFocus };
  if (f.type === 'select')
    return <SelectField {...common} options={f.options ?? []} defaultValue={defaultValue} />;
  if (f.type === 'checkbox') {
    const { hint: _hint, ...box } = common;
    return <CheckboxField {...box} />;
  }
  if (f.type === 'textarea') {
    return (
      <Field id={id} label={f.label} hint={f.hint} error={error}>
        {(control) => (
          <textarea
            {...control}
            {...registration}
            className={`${control.className} min-h-24 py-2 text-base`}
            required={required}
            aria-required={required || undefined}
            defaultValue={defaultValue}
            maxLength={500}
            autoFocus={autoFocus}
          />
        )}
      </Field>
    );
  }
  return (
    <TextField
      {...common}
      type={f.type ?? 'text'}
      autoComplete={f.autoComplete}
      inputMode={f.inputMode}
      aria-required={required || undefined}
      defaultValue={defaultValue}
    />
  );
}

function CheckboxField({
  id,
  label,
  error,
  required,
  autoFocus,
  ...registration
}: UseFormRegisterReturn & {
  id: string;
  label: string;
  error?: string;
  required: boolean;
  autoFocus?: boolean;
}) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-start gap-3">
        <input
          {...registration}
          id={id}
          type="checkbox"
          value="yes"
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          autoFocus={autoFocus}
          className="mt-0.5 h-6 w-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
      </div>
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
