'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { ButtonVariant } from '@/components/ui/button';
import { IDLE, type ActionState } from '@/lib/action-state';
import { FormFieldControl, type SimpleField } from './form-field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';

export type { SimpleField } from './form-field';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form of labelled fields posting to a server action. Works without JavaScript; with it,
 * errors appear beside their fields (and focus moves to the first, or to the message when no
 * field is at fault; without it, autofocus does), and the outcome is announced.
 * Message keys from the server are translated here, under `namespace` (e.g. "Portal").
 */
export function SimpleForm({
  id,
  action,
  fields,
  hidden = {},
  submitLabel,
  submitVariant,
  namespace,
  resetOnSuccess = false,
}: {
  id: string;
  action: Action;
  fields: SimpleField[];
  /** Values the form carries without showing them (the target's id, the one-time request id). */
  hidden?: Record<string, string>;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  namespace: 'Portal' | 'Sandbox' | 'Agent';
  resetOnSuccess?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations();
  const forms = useTranslations('Forms');
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const text = (kind: 'errors' | 'success', key?: string) =>
    key ? (t as (k: string) => string)(`${namespace}.${kind}.${key}`) : undefined;
  // A refused form puts focus where the problem is: its first invalid field, else its message.
  // Never left on the page's top (where it falls when the form's content is replaced).
  const firstInvalid =
    state.status === 'error' ? fields.find((f) => state.fieldErrors?.[f.name])?.name : undefined;
  const focusMessage = state.status === 'error' && !firstInvalid && !!state.message;

  useEffect(() => {
    if (firstInvalid)
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    else if (focusMessage) messageRef.current?.focus();
    if (state.status === 'success' && resetOnSuccess) formRef.current?.reset();
  }, [state, firstInvalid, focusMessage, resetOnSuccess]);

  return (
    <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-4">
      {/* Without JavaScript the page is rendered again: autofocus does what the effect does. */}
      <div ref={messageRef} tabIndex={-1} autoFocus={focusMessage} className="outline-none">
        <FormMessage
          state={state}
          text={
            state.status === 'success'
              ? text('success', state.message)
              : text('errors', state.message)
          }
        />
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <FormFieldControl
          // A form reset puts a select back on the option it first rendered with, not on the
          // value the server echoed: a new key renders it again with that value.
          key={f.type === 'select' ? `${f.name}:${state.values?.[f.name] ?? ''}` : f.name}
          id={`${id}-${f.name}`}
          field={f}
          defaultValue={f.type === 'password' ? undefined : state.values?.[f.name]}
          error={text('errors', state.fieldErrors?.[f.name])}
          autoFocus={f.name === firstInvalid}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={forms('sending')} variant={submitVariant}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
