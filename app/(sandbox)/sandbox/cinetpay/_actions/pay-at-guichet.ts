'use server';

import { notFound, redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { guichetFormSchema, returnTo } from '@/lib/sandbox/cinetpay/finish-schema';
import { findTransaction, finishPayment } from '@/lib/sandbox/cinetpay/payments';
import { requireSandbox } from '@/lib/sandbox/guard';

/**
 * The guichet's form: ends the payment with the tester's choice, notifies the merchant in the
 * background, and sends the browser back to return_url (a 303 GET with `transaction_id` and
 * `token`, D13), also without JavaScript.
 */
export async function payAtGuichetAction(formData: FormData): Promise<void> {
  requireSandbox();
  const token = String(formData.get('token') ?? '');
  const parsed = guichetFormSchema.safeParse(Object.fromEntries(formData));
  const page = `/sandbox/cinetpay/guichet/${encodeURIComponent(token)}`;
  if (!parsed.success) redirect(`${page}?erreur=1`);
  const db = getDb();
  const tx = await findTransaction(db, { token: parsed.data.token });
  if (!tx) notFound();
  const result = await finishPayment(db, tx.id, {
    outcome: parsed.data.outcome,
    method: parsed.data.method,
    appUrl: getConfig().appUrl,
  });
  if (!result.ok) redirect(result.reason === 'method' ? `${page}?erreur=1` : page);
  redirect(returnTo(result.transaction));
}
