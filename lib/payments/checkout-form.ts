import { z } from 'zod';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { cardBrand, cvcValid, expiryValid, luhnValid, normalizeExpiry } from './card';
import { PAYMENT_METHODS } from './methods';
import { checkWalletNumber } from './mobile-money';

/** The checkout form, as the server action checks it; each message is a key of `Checkout.errors`. */

export const checkoutFormSchema = z
  .object({
    attempt: z.uuid('attempt'),
    contract: contractNumberSchema,
    invoices: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(z.string()).min(1, 'invoices')),
    amount: z.string().regex(/^(full|\d+)$/, 'amount'),
    // `cinetpay`: the customer chooses on CinetPay's page; our server never sees their numbers.
    method: z.enum(PAYMENT_METHODS, 'method'),
    cardNumber: z.string().optional().default(''),
    // Checked as typed (1230, 12/30, 12 / 30), handed on as MM/YY.
    cardExpiry: z.string().optional().default('').transform(normalizeExpiry),
    cardCvc: z.string().optional().default(''),
    walletNumber: z.string().optional().default(''),
    billingAddress: z.string().trim().min(3, 'billingAddress').max(255, 'billingAddress'),
    billingCity: z.string().trim().min(2, 'billingCity').max(100, 'billingCity'),
    billingCountry: z.string().regex(/^[A-Z]{3}$/, 'billingCountry'),
    billingName: z.string().trim().max(100, 'billingName').optional().default(''),
    billingSurname: z.string().trim().max(100, 'billingSurname').optional().default(''),
    billingEmail: z
      .string()
      .trim()
      .optional()
      .default('')
      .refine((v) => v === '' || z.email().safeParse(v).success, 'billingEmail'),
    // Not asked when paying by mobile money: the wallet number is the phone (pay.ts).
    billingPhone: z
      .string()
      .trim()
      .optional()
      .default('')
      .transform((v) => v.replace(/[\s.()-]/g, '')),
  })
  .superRefine((f, ctx) => {
    const issue = (path: string, message = path) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.method === 'cinetpay') {
      // CinetPay's card option needs the customer's name (docs/specs/cinetpay.md C5).
      if (f.billingName.length < 1) issue('billingName');
      if (f.billingSurname.length < 1) issue('billingSurname');
    } else if (f.method === 'card') {
      if (!luhnValid(f.cardNumber)) issue('cardNumber');
      if (!expiryValid(f.cardExpiry)) issue('cardExpiry');
      if (!cvcValid(f.cardCvc.trim(), cardBrand(f.cardNumber))) issue('cardCvc');
    } else {
      const problem = checkWalletNumber(f.method, f.walletNumber);
      if (problem) issue('walletNumber', problem === 'network' ? 'walletNetwork' : 'walletNumber');
    }
    if (!paysByWallet(f.method) && !/^\+?\d{8,15}$/.test(f.billingPhone)) issue('billingPhone');
  });

/** Mobile money: the number the request goes to is also the billing phone, asked once. */
export const paysByWallet = (method: string) => method !== 'card' && method !== 'cinetpay';
