import 'server-only';
import { safeParse, type z } from 'zod';
import type { ActionState } from './action-state';

// Never echoed back to the form: passwords and card data.
const SECRET_FIELD = /password|card/i;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * A server action for a form: the form's fields are checked with the same zod schema the page
 * uses, and each problem comes back as a message key on its field. `fn` only ever sees valid
 * input. What was typed comes back with a refusal, so the form keeps it, except secrets;
 * `keep` names the secret-looking fields that may still go back to the browser that just sent
 * them (the card number and expiry: nothing stores or logs them here).
 */
export function validatedAction<S extends z.core.$ZodType>(
  schema: S,
  fn: (input: z.output<S>, formData: FormData) => Promise<ActionState>,
  options: { keep?: readonly string[] } = {},
) {
  const echoed = (key: string) => !SECRET_FIELD.test(key) || !!options.keep?.includes(key);
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const echo = Object.fromEntries(Object.entries(values).filter(([k]) => echoed(k)));
    const parsed = safeParse(schema, values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        fieldErrors[field] ??= issue.message;
      }
      return { status: 'error', message: 'invalidForm', fieldErrors, values: echo };
    }
    const result = await fn(parsed.data, formData);
    return result.status === 'error' ? { ...result, values: result.values ?? echo } : result;
  };
}
