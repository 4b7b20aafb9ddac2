import * as z from 'zod/mini';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { cardBrand, cvcValid, expiryValid, luhnValid, normalizeExpiry } from './card';
import { PAYMENT_METHODS } from './methods';
import { checkWalletNumber } from './mobile-money';

/**
 * The checkout form, as the server action and the page check it; each message is a key of
 * `Checkout.errors`. zod/mini, like every schema a page carries: see
 * lib/contracts/contract-number.ts.
 */

/** A field the form may leave out, read as empty. */
const optionalText = (checks: z.core.$ZodCheck<string>[] = []) =>
  z._default(z.optional(z.string().check(...checks)), '');

export const checkoutFormSchema = z
  .object({
    attempt: z.uuid('attempt'),
    contract: contractNumberSchema,
    invoices: z.pipe(
      z.pipe(
        z.string(),
        z.transform((v: string) => v.split(',').filter(Boolean)),
      ),
      z.array(z.string()).check(z.minLength(1, 'invoices')),
    ),
    amount: z.string().check(z.regex(/^(full|\d+)$/, 'amount')),
    // `cinetpay`: the customer chooses on CinetPay's page; our server never sees their numbers.
    method: z.enum(PAYMENT_METHODS, 'method'),
    cardNumber: optionalText(),
    // Checked as typed (1230, 12/30, 12 / 30), handed on as MM/YY.
    cardExpiry: z.pipe(optionalText(), z.transform(normalizeExpiry)),
    cardCvc: optionalText(),
    walletNumber: optionalText(),
    billingAddress: z
      .string()
      .check(z.trim(), z.minLength(3, 'billingAddress'), z.maxLength(255, 'billingAddress')),
    billingCity: z
      .string()
      .check(z.trim(), z.minLength(2, 'billingCity'), z.maxLength(100, 'billingCity')),
    billingCountry: z.string().check(z.regex(/^[A-Z]{3}$/, 'billingCountry')),
    billingName: optionalText([z.trim(), z.maxLength(100, 'billingName')]),
    billingSurname: optionalText([z.trim(), z.maxLength(100, 'billingSurname')]),
    billingEmail: optionalText([
      z.trim(),
      z.refine((v: string) => v === '' || z.regexes.email.test(v), 'billingEmail'),
    ]),
    // Not asked when paying by mobile money: the wallet number is the phone (pay.ts).
    billingPhone: z.pipe(
      optionalText([z.trim()]),
      z.transform((v: string) => v.replace(/[\s.()-]/g, '')),
    ),
  })
  .check(
    z.superRefine((f, ctx) => {
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
        if (problem)
          issue('walletNumber', problem === 'network' ? 'walletNetwork' : 'walletNumber');
      }
      if (!paysByWallet(f.method) && !/^\+?\d{8,15}$/.test(f.billingPhone)) issue('billingPhone');
    }),
  );

/** Mobile money: the number the request goes to is also the billing phone, asked once. */
export const paysByWallet = (method: string) => method !== 'card' && method !== 'cinetpay';
