'use client';

import { useTranslations } from 'next-intl';
import type { ButtonVariant } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { FormFieldControl, type SimpleField } from './form-field';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import type { SchemaLoader } from './posted-values-resolver';
import { useActionForm } from './use-action-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type SimpleFormProps = {
  id: string;
  fields: SimpleField[];
  /** Values the form carries without showing them (the target's id, the one-time request id). */
  hidden?: Record<string, string>;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  namespace: 'Portal' | 'Sandbox' | 'Agent';
};

/**
 * A form of labelled fields posting to a server action, checked first with the action's schema
 * (`useActionForm`). Works without JavaScript; with it, errors appear beside their fields at
 * once, focus moves to the first (or to the message when no field is at fault; without it,
 * autofocus does), and the outcome is announced. Message keys are translated under `namespace`.
 */
export function SimpleForm({
  id,
  action,
  loadSchema,
  fields,
  hidden = {},
  submitLabel,
  submitVariant,
  namespace,
}: SimpleFormProps & { action: Action; loadSchema: SchemaLoader }) {
  const { state, outcome, form, fieldError, messageRef, formProps } = useActionForm(
    action,
    loadSchema,
  );
  const t = useTranslations();
  const forms = useTranslations('Forms');
  const text = (kind: 'errors' | 'success', key?: string) =>
    key ? (t as (k: string) => string)(`${namespace}.${kind}.${key}`) : undefined;
  // For a page rendered again without JavaScript: autofocus does what the hook's focus does.
  const firstInvalid =
    state.status === 'error' ? fields.find((f) => state.fieldErrors?.[f.name])?.name : undefined;
  const focusMessage = state.status === 'error' && !firstInvalid && !!state.message;

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <div ref={messageRef} tabIndex={-1} autoFocus={focusMessage} className="outline-none">
        <FormMessage
          state={outcome}
          text={text(outcome.status === 'success' ? 'success' : 'errors', outcome.message)}
        />
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <FormFieldControl
          // React's reset of the form puts a select back on the option it first rendered with,
          // not on the value the server echoed: a new key renders it again with that value.
          key={f.type === 'select' ? `${f.name}:${state.values?.[f.name] ?? ''}` : f.name}
          id={`${id}-${f.name}`}
          field={f}
          registration={form.register(f.name)}
          defaultValue={f.type === 'password' ? undefined : state.values?.[f.name]}
          error={text('errors', fieldError(f.name))}
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

/**
 * A SimpleForm bound to its action and the schema that action checks, for a server page to
 * render with its own fields: the pair can't be mismatched, and no schema crosses to the client
 * as a prop (it can't: it is code).
 */
export function formFor(action: Action, loadSchema: SchemaLoader) {
  return function BoundForm(props: SimpleFormProps) {
    return <SimpleForm action={action} loadSchema={loadSchema} {...props} />;
  };
}
