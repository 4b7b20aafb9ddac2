/**
 * What every server action returns to its form: a message key (translated by the form, so the
 * server never needs the user's language) and the message keys of each invalid field.
 */
export interface ActionState {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string | undefined>;
  /** Echo of what the user typed (never passwords), so a refused form keeps its values. */
  values?: Record<string, string>;
}

export const IDLE: ActionState = { status: 'idle' };
