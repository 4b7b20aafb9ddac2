'use client';

import { useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldErrors, type FieldValues } from 'react-hook-form';
import { IDLE, type ActionState } from '@/lib/action-state';
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

/**
 * The one way our forms work. react-hook-form checks what the user typed with the server
 * action's own zod schema: errors show at once and clear as each field is corrected, focus goes
 * to the first invalid field, and nothing is sent until the form is valid. A valid form is then
 * posted as a plain form to the action (so `useFormStatus`, and React's reset of the form to
 * what the server echoed, work as without JavaScript); the server's field errors come back into
 * the same error state. Without JavaScript the form posts as is and the server says it all.
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
  // State, not a ref: the resolver made at each render reads the form element it closes over.
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  // Set once the browser's check passed: the submit that follows goes to the server.
  const checked = useRef(false);
  // The server's answer replaces the form's errors; given from the first render, so a page
  // rendered on the server (without JavaScript) shows them too.
  const serverErrors = useMemo(() => serverFieldErrors(state), [state]);
  const form = useForm<FieldValues>({
    resolver: postedValuesResolver(loadSchema, formElement),
    errors: serverErrors,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });

  useEffect(() => {
    // Never left on the page's top (where it falls when the form's content is replaced).
    if (
      state.status === 'error' &&
      !focusFirstInvalid(formElement, Object.keys(serverErrors ?? {}))
    )
      messageRef.current?.focus();
  }, [state, serverErrors, formElement]);

  const onInvalid = (errors: FieldErrors) => {
    if (!focusFirstInvalid(formElement, Object.keys(errors))) messageRef.current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (checked.current) {
      checked.current = false;
      return;
    }
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void form.handleSubmit(() => {
      onValid?.();
      checked.current = true;
      // In a task of its own: the check can finish in the microtasks run between the first
      // submit event's listeners, and a browser ignores a submission asked for while one is
      // being dispatched.
      setTimeout(() => formElement?.requestSubmit(submitter));
    }, onInvalid)(event);
  };

  const errors = form.formState.errors;
  /** The message key of a field's error: the browser's check, or the server's. */
  const fieldError = (name: string) => errors[name]?.message as string | undefined;
  // While the browser's check refuses a field, the form says what the server would have said.
  const refused = Object.values(errors).some((error) => error && error.type !== 'server');
  const outcome: ActionState = refused ? { status: 'error', message: 'invalidForm' } : state;

  return {
    state,
    outcome,
    form,
    fieldError,
    messageRef,
    formProps: {
      ref: setFormElement,
      action: formAction,
      onSubmit,
      // The schema comes when the user reaches the form, before they can submit it.
      onFocus: () => void loadResolver(loadSchema),
      noValidate: true,
    },
  };
}
