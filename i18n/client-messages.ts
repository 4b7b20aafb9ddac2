import type { AbstractIntlMessages } from 'next-intl';

/**
 * The part of the catalogue that client components read; server components read the whole of
 * it on the server. Every page carries these in its payload, so the rest stays behind.
 */
const WHOLE = ['Common', 'Forms', 'Error', 'Home', 'Checkout', 'Receipt', 'Sandbox'];
// SimpleForm only shows these namespaces' outcome messages.
const OUTCOMES = ['Portal', 'Agent'];

export function clientMessages(all: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const key of WHOLE) if (all[key]) picked[key] = all[key];
  for (const key of OUTCOMES) {
    const namespace = all[key] as AbstractIntlMessages | undefined;
    if (namespace)
      picked[key] = { errors: namespace.errors ?? {}, success: namespace.success ?? {} };
  }
  return picked;
}
