import * as z from 'zod/mini';

/**
 * A LA LOYALE VIE contract number: 10 digits, as printed on payment notices. Spaces, dots and
 * dashes typed by the customer are ignored. The same schema checks the form in the browser and
 * again on the server; each message is a key of `Home.errors`. Written with zod/mini, which
 * the server reads like any zod schema, because the home page carries it: a fifth of the
 * weight of classic zod.
 */
export const contractNumberSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((v: string) => v.replace(/[\s.-]/g, '')),
  ),
  z
    .string()
    .check(z.minLength(1, 'required'), z.regex(/^\d+$/, 'digitsOnly'), z.length(10, 'length')),
);

export const contractLookupSchema = z.object({ contract: contractNumberSchema });
export type ContractLookupInput = z.input<typeof contractLookupSchema>;
