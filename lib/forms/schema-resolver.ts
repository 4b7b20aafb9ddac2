import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { safeParse, type z } from 'zod/mini';

/**
 * react-hook-form checks a form with the server's own zod schema, each error's message a key.
 * In place of @hookform/resolvers/zod, whose support for every zod version weighs 13 kB (gzip)
 * on the page for what is a safeParse.
 */
export function schemaResolver<T extends FieldValues>(schema: z.core.$ZodType): Resolver<T> {
  return async (values) => {
    const parsed = safeParse(schema, values);
    if (parsed.success) return { values: values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'root');
      errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
