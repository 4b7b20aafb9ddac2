'use client';

import type { createFormControl as CreateFormControl, FieldValues } from 'react-hook-form';

export type FormControl = ReturnType<typeof CreateFormControl<FieldValues>>;

let loading: Promise<typeof CreateFormControl | undefined> | undefined;

/**
 * react-hook-form's form control, loaded when the user first reaches a form rather than with
 * the page: it is most of a form's script (~12 kB gzip) and nothing needs it before the first
 * focus. `undefined` when it could not be loaded (offline, or a new deployment replaced the
 * chunk): the server then checks the form alone.
 */
export function loadFormControl(): Promise<typeof CreateFormControl | undefined> {
  loading ??= import('react-hook-form').then(
    (module) => module.createFormControl,
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}
