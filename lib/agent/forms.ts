import { z } from 'zod';

/** The payment operations' forms, shared by the forms and the actions; messages are keys. */

const requestId = z.uuid('invalidForm');
const reason = z.string().trim().min(3, 'reasonRequired').max(500, 'tooLong');
const confirm = z.literal('yes', 'confirmRequired');

export const refundSchema = z.object({
  requestId,
  paymentId: z.uuid('invalidForm'),
  /** One invoice's reference, or `all` for every invoice still held. */
  invoice: z.string().trim().min(1, 'invoiceRequired').max(100, 'invalidForm'),
  /** Ticked to refund an invoice the insurer already accepted: an explicit, audited decision. */
  overrideInsurer: z.literal('yes', 'invalidForm').optional(),
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
  entryId: z
    .string()
    .regex(/^\d{1,15}$/, 'invalidForm')
    .transform(Number),
  reason: z.string().trim().max(500, 'tooLong').optional().default(''),
});

export const resendReceiptSchema = z.object({
  requestId,
  paymentId: z.uuid('invalidForm'),
  phone: z.string().trim().max(40, 'invalidPhone').optional().default(''),
  reason: z.string().trim().max(500, 'tooLong').optional().default(''),
});
