'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { TextField } from '@/components/ui/text-field';
import { IDLE, type ActionState } from '@/lib/action-state';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';

export interface SimpleField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'password';
  autoComplete?: string;
  hint?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form of labelled text fields posting to a server action. Works without JavaScript; with it,
 * errors appear beside their fields (and focus moves to the first), and the outcome is announced.
 * Message keys from the server are translated here, under `messages` (e.g. "Portal").
 */
export function SimpleForm({
  id,
  action,
  fields,
  submitLabel,
  messages,
  resetOnSuccess = false,
}: {
  id: string;
  action: Action;
  fields: SimpleField[];
  submitLabel: string;
  messages: 'Portal' | 'Sandbox';
  resetOnSuccess?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations();
  const forms = useTranslations('Forms');
  const formRef = useRef<HTMLFormElement>(null);
  const text = (kind: 'errors' | 'success', key?: string) =>
    key ? (t as (k: string) => string)(`${messages}.${kind}.${key}`) : undefined;

  useEffect(() => {
    if (state.status === 'error' && state.fieldErrors) {
      const first = fields.find((f) => state.fieldErrors?.[f.name]);
      if (first)
        formRef.current?.querySelector<HTMLInputElement>(`[name="${first.name}"]`)?.focus();
    }
    if (state.status === 'success' && resetOnSuccess) formRef.current?.reset();
  }, [state, fields, resetOnSuccess]);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      <FormMessage
        state={state}
        text={
          state.status === 'success'
            ? text('success', state.message)
            : text('errors', state.message)
        }
      />
      {fields.map((f) => (
        <TextField
          key={f.name}
          id={`${id}-${f.name}`}
          name={f.name}
          type={f.type ?? 'text'}
          label={f.label}
          hint={f.hint}
          autoComplete={f.autoComplete}
          inputMode={f.inputMode}
          required
          aria-required
          defaultValue={f.type === 'password' ? undefined : state.values?.[f.name]}
          error={text('errors', state.fieldErrors?.[f.name])}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={forms('sending')}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
