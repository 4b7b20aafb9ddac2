import { z } from 'zod';

/**
 * A LA LOYALE VIE contract number: 10 digits, as printed on payment notices. Spaces, dots and
 * dashes typed by the customer are ignored. The same schema checks the form in the browser and
 * again on the server; each message is a key of `Home.errors`.
 */
export const contractNumberSchema = z
  .string()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .pipe(z.string().min(1, 'required').regex(/^\d+$/, 'digitsOnly').length(10, 'length'));

export const contractLookupSchema = z.object({ contract: contractNumberSchema });
export type ContractLookupInput = z.input<typeof contractLookupSchema>;
