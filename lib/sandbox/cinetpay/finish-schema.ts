import { z } from 'zod';
import { CINETPAY_METHODS, OUTCOMES } from './codes';

/** The guichet's form: the payment token, the method and the outcome the tester picked. */
export const guichetFormSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  method: z.enum(CINETPAY_METHODS),
  outcome: z.enum(OUTCOMES),
});

/** POST /sandbox/api/cinetpay/payments: finishing a payment without a browser (D14). */
export const finishRequestSchema = z
  .object({
    transaction_id: z.union([z.string().min(1), z.number()]).transform(String),
    site_id: z.union([z.string(), z.number()]).transform(String).optional(),
    outcome: z.enum(OUTCOMES),
    method: z.enum(CINETPAY_METHODS).optional(),
    // How long "pending" waits before the customer's confirmation (default 5 s).
    delayMs: z.number().int().min(0).max(600_000).optional(),
  })
  .strict();

/** Where the customer goes back: return_url with `transaction_id` and `token` added (D13). */
export function returnTo(tx: { returnUrl: string; transactionId: string; token: string }): string {
  const url = new URL(tx.returnUrl);
  url.searchParams.set('transaction_id', tx.transactionId);
  url.searchParams.set('token', tx.token);
  return url.toString();
}
