import { z } from 'zod';
import { CHANNELS, CURRENCIES, MINIMUM_100 } from './codes';

/**
 * The values of an initialisation, once the required fields are present and the credentials
 * right (D2): each problem is a 608 whose description is the first issue's message.
 */

const text = (name: string) =>
  z
    .union([z.string(), z.number()], { error: `${name} must be text` })
    .transform((v) => String(v).trim());

const optionalText = (name: string) =>
  z
    .union([z.string(), z.number(), z.null()], { error: `${name} must be text` })
    .optional()
    .transform((v) =>
      v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim(),
    );

const httpUrl = (name: string) =>
  z.string({ error: `${name} must be a URL` }).refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `${name} must be an http or https URL`);

// D4: a JSON number or a digit string, whole.
const amount = z
  .union([z.number(), z.string().trim().regex(/^\d+$/, 'amount must be a whole number')], {
    error: 'amount must be a whole number',
  })
  .transform(Number)
  .pipe(z.number().int('amount must be a whole number').positive('amount must be positive'));

// D3: optional, ALL by default, comma-separated combinations of the four values.
const channels = z
  .string({ error: 'channels must be text' })
  .optional()
  .transform((v) => (v?.trim() ? v.split(',').map((c) => c.trim()) : ['ALL']))
  .refine(
    (list) => list.every((c) => (CHANNELS as readonly string[]).includes(c)),
    `channels must be ${CHANNELS.join(', ')} or a comma-separated combination`,
  )
  .transform((list) => [...new Set(list)].join(','));

const flag = z
  .union([z.boolean(), z.enum(['true', 'false'])], {
    error: 'lock_phone_number must be true or false',
  })
  .optional()
  .transform((v) => v === true || v === 'true');

export const CUSTOMER_FIELDS = [
  'customer_id',
  'customer_name',
  'customer_surname',
  'customer_email',
  'customer_phone_number',
  'customer_address',
  'customer_city',
  'customer_country',
  'customer_state',
  'customer_zip_code',
] as const;

// D6: what "to display the credit card option" takes (customer_id is not among them).
const CARD_FIELDS = CUSTOMER_FIELDS.filter((f) => f !== 'customer_id');

const customerShape = Object.fromEntries(
  CUSTOMER_FIELDS.map((f) => [f, optionalText(f)]),
) as Record<(typeof CUSTOMER_FIELDS)[number], ReturnType<typeof optionalText>>;

export const initValuesSchema = z
  .object({
    transaction_id: text('transaction_id'),
    amount,
    currency: z.enum(CURRENCIES, `currency must be one of ${CURRENCIES.join(', ')}`),
    description: text('description'),
    notify_url: httpUrl('notify_url'),
    return_url: httpUrl('return_url'),
    channels,
    lang: z
      .string({ error: 'lang must be fr or en' })
      .optional()
      .transform((v) => v?.trim().toLowerCase() || 'fr')
      .pipe(z.enum(['fr', 'en'], 'lang must be fr or en')),
    metadata: optionalText('metadata'),
    invoice_data: z
      .record(z.string(), z.union([z.string(), z.number()]).transform(String), {
        error: 'invoice_data must be an object of texts',
      })
      .refine((o) => Object.keys(o).length <= 3, 'invoice_data takes at most 3 entries')
      .nullish(),
    lock_phone_number: flag,
    ...customerShape,
  })
  .superRefine((v, ctx) => {
    if (v.amount % 5 !== 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'amount must be a multiple of 5' });
    }
    if (MINIMUM_100.has(v.currency) && v.amount < 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `amount must be at least 100 ${v.currency}`,
      });
    }
    const missing = CARD_FIELDS.filter((f) => !v[f]);
    if (v.channels === 'CREDIT_CARD' && missing.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['channels'],
        message: `channels CREDIT_CARD needs ${missing.join(', ')}`,
      });
    }
  });

export type InitValues = z.output<typeof initValuesSchema>;

/** D7: a number CinetPay can lock the guichet to. */
export const LOCKABLE_PHONE = /^\+?\d{8,15}$/;
