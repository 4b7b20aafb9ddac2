'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { ActionState } from '@/lib/action-state';
import { startCheckout } from '@/lib/payments/checkout';
import { checkoutFormSchema } from '@/lib/payments/checkout-form';
import { checkoutDeps, kickDelivery } from '@/lib/payments/runtime';
import type { PaymentMethod } from '@/lib/payments/types';
import { clientAddress } from '@/lib/rate-limit';
import { validatedAction } from '@/lib/validated-action';

/**
 * Pays: the attempt key makes a double click, Enter pressed twice or a retried request land on
 * the same payment. The card number goes to the processor and is never stored: only its mask.
 */
export const pay = validatedAction(checkoutFormSchema, async (form): Promise<ActionState> => {
  const method = form.method as PaymentMethod;
  const result = await startCheckout(checkoutDeps(), {
    idempotencyKey: form.attempt,
    contractId: form.contract,
    invoiceReferences: form.invoices,
    amount: form.amount === 'full' ? 'full' : Number(form.amount),
    method,
    card:
      method === 'card'
        ? { number: form.cardNumber, expiry: form.cardExpiry, cvc: form.cardCvc }
        : undefined,
    walletNumber: method === 'card' ? undefined : form.walletNumber,
    billing: {
      address: form.billingAddress,
      city: form.billingCity,
      country: form.billingCountry,
      phone: form.billingPhone,
    },
    customerIp: await clientAddress(),
    locale: (await getLocale()) as 'fr' | 'en',
  });
  if (!result.ok) return { status: 'error', message: result.problem };
  if (result.payment.state === 'captured') kickDelivery(result.payment.id);
  redirect(`/recu/${result.payment.receiptToken}`);
});
