import 'server-only';
import { safeParse, type z } from 'zod';
import type { ActionState } from './action-state';
import { log } from './log';
import { metrics } from './metrics/registry';
import { errorOutcome, inSpan } from './telemetry/tracing';

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
 * The form checked against `schema`, then `fn` with valid input only. What was typed comes back
 * with a refusal, so the form keeps it, except secrets; `keep` names the secret-looking fields
 * that may still go back to the browser that just sent them (nothing stores or logs them).
 */
export async function validateThen<S extends z.core.$ZodType>(
  schema: S,
  formData: FormData,
  fn: (input: z.output<S>, formData: FormData) => Promise<ActionState>,
  keep: readonly string[] = [],
): Promise<ActionState> {
  const values = formValues(formData);
  const echoed = (key: string) => !SECRET_FIELD.test(key) || keep.includes(key);
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
}

/**
 * A server action run as one unit of work: a span, one log line and a duration observed, each
 * with its name and outcome (success, error, redirect or exception) and never a form value.
 */
export async function tracedAction(
  name: string,
  fn: () => Promise<ActionState>,
): Promise<ActionState> {
  return inSpan(`action ${name}`, { 'action.name': name }, async (span) => {
    const started = performance.now();
    let outcome = 'exception';
    let message: string | undefined;
    try {
      const result = await fn();
      outcome = result.status;
      message = result.status === 'error' ? result.message : undefined;
      return result;
    } catch (error) {
      outcome = errorOutcome(error);
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      span.setAttribute('action.outcome', outcome);
      metrics().actionDuration.observe({ action: name, outcome }, seconds);
      const line = { action: name, outcome, message, ms: Math.round(seconds * 1000) };
      if (outcome === 'exception') log.error('action', line);
      else log.info('action', line);
    }
  });
}

/**
 * A server action for a form: the form's fields are checked with the same zod schema the page
 * uses, and each problem comes back as a message key on its field. `fn` only ever sees valid
 * input. `name` names it in traces, metrics and logs; `keep`: see validateThen.
 */
export function validatedAction<S extends z.core.$ZodType>(
  schema: S,
  fn: (input: z.output<S>, formData: FormData) => Promise<ActionState>,
  options: { name?: string; keep?: readonly string[] } = {},
) {
  const { name = 'form', keep } = options;
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> =>
    tracedAction(name, () => validateThen(schema, formData, fn, keep));
}
