'use client';

import { useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import { IDLE, type ActionState } from '@/lib/action-state';
import { loadFormControl, type FormControl } from './lazy-form-control';
import { loadResolver, postedValuesResolver, type SchemaLoader } from './posted-values-resolver';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function serverFieldErrors(state: ActionState): FieldErrors | undefined {
  if (state.status === 'idle') return undefined;
  const errors: FieldErrors = {};
  for (const [name, key] of Object.entries(state.fieldErrors ?? {}))
    if (key) errors[name] = { type: 'server', message: key };
  return errors;
}

/** Focus on the first control, in reading order, whose name has an error. */
function focusFirstInvalid(form: HTMLFormElement | null, names: string[]): boolean {
  if (!form || names.length === 0) return false;
  for (const element of Array.from(form.elements)) {
    const control = element as HTMLInputElement;
    if (control.type !== 'hidden' && names.includes(control.name)) {
      control.focus();
      return true;
    }
  }
  return false;
}

const noop = () => {};

/** What a field is given before react-hook-form has loaded: its name; the browser does the rest. */
const registerBeforeLoad = ((name: string) => ({
  name,
  onChange: async () => {},
  onBlur: async () => {},
  ref: noop,
})) as unknown as UseFormRegister<FieldValues>;

/**
 * react-hook-form's handle on a field, without its element. The page's controls are what the
 * check reads (the form's data, as posted) and what we focus, so the control needs no element;
 * bound late, it would write its stale copy of a value back into it (a radio group is bound one
 * radio at a time and would lose the choice made before the control had loaded).
 */
function unboundRegister(control: FormControl): UseFormRegister<FieldValues> {
  return (name, options) => ({ ...control.register(name, options), ref: noop });
}

/**
 * The one way our forms work. react-hook-form checks what the user typed with the server
 * action's own zod schema: errors show at once and clear as each field is corrected, focus goes
 * to the first invalid field, and nothing is sent until the form is valid. A valid form is then
 * posted as a plain form to the action (so `useFormStatus`, and React's reset of the form to
 * what the server echoed, work as without JavaScript); the server's field errors come back into
 * the same error state. Without JavaScript the form posts as is and the server says it all.
 *
 * react-hook-form, the schema and zod load when the user first reaches the form (its focus),
 * not with the page; its control is made outside React (`createFormControl`) and then given
 * each field's name and change events, never its element, so what was typed before stays as
 * it is. Until then a field has only its name, and a submit waits for the control.
 *
 * Error and message values are keys of the form's translation namespace.
 */
export function useActionForm(
  action: Action,
  loadSchema: SchemaLoader,
  options: {
    /** Runs when the browser's check passed, just before the form is sent. */ onValid?: () => void;
  } = {},
) {
  const { onValid } = options;
  const [state, formAction] = useActionState(action, IDLE);
  // A ref, not state: the control's resolver, made once, reads it when it runs.
  const formRef = useRef<HTMLFormElement | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // Set once the browser's check passed: the submit that follows goes to the server.
  const checked = useRef(false);
  // The server's answer replaces the form's errors; given from the first render, so a page
  // rendered on the server (without JavaScript) shows them too.
  const serverErrors = useMemo(() => serverFieldErrors(state), [state]);
  const latestServerErrors = useRef(serverErrors);
  // The server errors the control holds, so that each answer is given to it once.
  const syncedServerErrors = useRef<FieldErrors | undefined>(undefined);
  const [control, setControl] = useState<FormControl | null>(null);
  const [controlErrors, setControlErrors] = useState<FieldErrors>({});
  const controlLoad = useRef<Promise<FormControl | undefined> | undefined>(undefined);

  const ensureControl = () => {
    controlLoad.current ??= loadFormControl().then((create) => {
      if (!create) {
        controlLoad.current = undefined;
        return undefined;
      }
      const errors = latestServerErrors.current;
      const made = create({
        resolver: postedValuesResolver(loadSchema, () => formRef.current),
        errors,
        mode: 'onSubmit',
        reValidateMode: 'onChange',
        shouldFocusError: false,
      });
      syncedServerErrors.current = errors;
      setControlErrors({ ...errors });
      // At once, not in an effect: a submit waiting for the control checks the form before
      // React has rendered it. The subscription lives and goes with the control (no cleanup).
      made.subscribe({
        formState: { errors: true },
        callback: ({ errors: next }) => setControlErrors({ ...next }),
      });
      setControl(made);
      return made;
    });
    return controlLoad.current;
  };

  useEffect(() => {
    latestServerErrors.current = serverErrors;
    if (!control || syncedServerErrors.current === serverErrors) return;
    syncedServerErrors.current = serverErrors;
    control.clearErrors();
    for (const [name, error] of Object.entries(serverErrors ?? {}))
      if (error) control.setError(name, { type: 'server', message: error.message as string });
  }, [control, serverErrors]);

  useEffect(() => {
    // Never left on the page's top (where it falls when the form's content is replaced).
    if (
      state.status === 'error' &&
      !focusFirstInvalid(formRef.current, Object.keys(serverErrors ?? {}))
    )
      messageRef.current?.focus();
  }, [state, serverErrors]);

  const onInvalid = (errors: FieldErrors) => {
    if (!focusFirstInvalid(formRef.current, Object.keys(errors))) messageRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (checked.current) {
      checked.current = false;
      return;
    }
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const send = () => {
      onValid?.();
      checked.current = true;
      // In a task of its own: the check can finish in the microtasks run between the first
      // submit event's listeners, and a browser ignores a submission asked for while one is
      // being dispatched.
      setTimeout(() => formRef.current?.requestSubmit(submitter));
    };
    void ensureControl().then((made) =>
      // Without its control (it could not be loaded) the server checks the form alone.
      made ? made.handleSubmit(send, onInvalid)() : send(),
    );
  };

  const errors = control ? controlErrors : (serverErrors ?? {});
  /** The message key of a field's error: the browser's check, or the server's. */
  const fieldError = (name: string) => errors[name]?.message as string | undefined;
  // While the browser's check refuses a field, the form says what the server would have said.
  const refused = Object.values(errors).some((error) => error && error.type !== 'server');
  const outcome: ActionState = refused ? { status: 'error', message: 'invalidForm' } : state;

  return {
    state,
    outcome,
    form: { register: control ? unboundRegister(control) : registerBeforeLoad },
    fieldError,
    messageRef,
    formProps: {
      ref: formRef,
      action: formAction,
      onSubmit,
      // The check comes when the user reaches the form, before they can submit it.
      onFocus: () => {
        void ensureControl();
        void loadResolver(loadSchema);
      },
      noValidate: true,
    },
  };
}
