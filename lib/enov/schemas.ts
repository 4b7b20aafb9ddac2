import { z } from 'zod';
import { normalizeEnovCode } from './codes';

/**
 * Enov's answers as they may arrive: tolerant where the document is loose (codes and amounts as
 * strings or numbers, `Etat` or `etat`), strict about everything else.
 */

const wholeNumber = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/),
  ])
  .transform(Number)
  .pipe(z.number().int().min(0));

const dayMonthYear = z
  .string()
  .trim()
  .regex(/^\d{2}\/\d{2}\/\d{4}$/, 'dd/mm/yyyy');

const state = z
  .union([z.number(), z.string().trim()])
  .transform(Number)
  .pipe(z.union([z.literal(1), z.literal(4), z.literal(6)]));

export const rawInvoiceSchema = z.preprocess(
  (value) => {
    if (value && typeof value === 'object' && !('Etat' in value) && 'etat' in value) {
      const { etat, ...rest } = value as Record<string, unknown>;
      return { ...rest, Etat: etat };
    }
    return value;
  },
  z.object({
    reference: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)),
    dateFacture: dayMonthYear,
    montant: wholeNumber,
    montantRegle: wholeNumber,
    Etat: state,
  }),
);

export type RawInvoice = z.output<typeof rawInvoiceSchema>;

export const enovCodeSchema = z.object({
  code: z.union([z.string(), z.number()]).transform(normalizeEnovCode),
  message: z.string().optional().default(''),
});

export const invoiceSelectionSchema = z.union([z.array(rawInvoiceSchema), enovCodeSchema]);
