import * as z from 'zod/mini';

/**
 * The payment operations' forms, shared by the forms and the actions; messages are keys of
 * `Agent.errors`. zod/mini, like every schema a page carries: see lib/contracts/contract-number.ts.
 */

const requestId = z.uuid('invalidForm');
const reason = z
  .string()
  .check(z.trim(), z.minLength(3, 'reasonRequired'), z.maxLength(500, 'tooLong'));
const optionalText = (max: number, key: string) =>
  z._default(z.optional(z.string().check(z.trim(), z.maxLength(max, key))), '');
const confirm = z.literal('yes', 'confirmRequired');

export const refundSchema = z.object({
  requestId,
  paymentId: z.uuid('invalidForm'),
  /** One invoice's reference, or `all` for every invoice still held. */
  invoice: z
    .string()
    .check(z.trim(), z.minLength(1, 'invoiceRequired'), z.maxLength(100, 'invalidForm')),
  /** Ticked to refund an invoice the insurer already accepted: an explicit, audited decision. */
  overrideInsurer: z.optional(z.literal('yes', 'invalidForm')),
  reason,
  confirm,
});

export const chargebackSchema = z.object({
  requestId,
  paymentId: z.uuid('invalidForm'),
  reason,
  confirm,
});

export const retryDeliverySchema = z.object({
  requestId,
  entryId: z.pipe(z.string().check(z.regex(/^\d{1,15}$/, 'invalidForm')), z.transform(Number)),
  reason: optionalText(500, 'tooLong'),
});

export const resendReceiptSchema = z.object({
  requestId,
  paymentId: z.uuid('invalidForm'),
  phone: optionalText(40, 'invalidPhone'),
  reason: optionalText(500, 'tooLong'),
});
