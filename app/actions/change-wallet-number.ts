'use server';

import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { withdrawWalletRequest } from '@/lib/payments/awaiting';
import { isRetryable, retryUrl } from '@/lib/payments/receipt';
import { paymentByReceiptToken } from '@/lib/payments/repository';
import { paymentProcessor } from '@/lib/payments/runtime';

/**
 * "Change the number" on the mobile-money waiting screen: the request is withdrawn and the
 * customer is back at the checkout with the same invoices, amount and operator ticked, to type
 * the right number. The receipt's token is the only key, as for viewing the receipt.
 */
export async function changeWalletNumberAction(formData: FormData) {
  const token = formData.get('token');
  if (typeof token !== 'string') notFound();
  const db = getDb();
  const payment = await paymentByReceiptToken(db, token);
  if (!payment) notFound();
  const after = await withdrawWalletRequest(db, paymentProcessor(), payment);
  // Approved meanwhile (or still held): the receipt says what happened.
  if (!after || !isRetryable(after.state)) redirect(`/recu/${token}`);
  redirect(`${retryUrl(after)}#wallet-number`);
}
