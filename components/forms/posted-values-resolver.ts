'use client';

import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';

/**
 * Loads a form's schema: `() => import('@/lib/…').then((m) => m.someSchema)`, declared once
 * (module scope) so that it is loaded once. zod and the schema stay out of the page's first
 * load: they come when the user first reaches the form.
 */
export type SchemaLoader = () => Promise<z.core.$ZodType>;

const loaded = new WeakMap<SchemaLoader, Promise<Resolver | undefined>>();

/** The resolver for a schema, loaded once; `undefined` when it could not be loaded. */
export function loadResolver(load: SchemaLoader): Promise<Resolver | undefined> {
  let resolver = loaded.get(load);
  if (!resolver) {
    resolver = Promise.all([import('@hookform/resolvers/zod'), load()]).then(
      ([{ zodResolver }, schema]) =>
        zodResolver(schema as z.core.$ZodType<unknown, FieldValues>) as Resolver,
      // Offline, or a new deployment replaced the chunk: the server checks the form alone.
      () => {
        loaded.delete(load);
        return undefined;
      },
    );
    loaded.set(load, resolver);
  }
  return resolver;
}

/** What the form would post, as the server action reads it (strings only; files are not ours). */
function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string') values[name] = value;
  return values;
}

/**
 * The server action's own schema, run in the browser on what the form would post. Not on
 * react-hook-form's copy of the values: an unticked box, a hidden input or a field the browser
 * or a script filled in are then read exactly as the server will read them.
 */
export function postedValuesResolver(
  load: SchemaLoader,
  form: () => HTMLFormElement | null,
): Resolver<FieldValues> {
  return async (values, context, options) => {
    const resolve = await loadResolver(load);
    if (!resolve) return { values, errors: {} };
    const element = form();
    return resolve(element ? formValues(element) : values, context, options);
  };
}
