'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { ActionState } from '@/lib/action-state';
import { startCheckout } from '@/lib/payments/checkout';
import { checkoutFormSchema, paysByWallet } from '@/lib/payments/checkout-form';
import { normalizeIvorianNumber } from '@/lib/payments/mobile-money';
import { checkoutDeps, kickDelivery } from '@/lib/payments/runtime';
import { clientAddress } from '@/lib/rate-limit';
import { validatedAction } from '@/lib/validated-action';

/**
 * Pays: the attempt key makes a double click, Enter pressed twice or a retried request land on
 * the same payment. With the simulated processor the card number goes to it and is never
 * stored (only its mask); with a hosted processor the customer is sent to its page, and our
 * server never sees their numbers.
 */
export const payAction = validatedAction(
  checkoutFormSchema,
  async (form): Promise<ActionState> => {
    const deps = checkoutDeps();
    const { method } = form;
    // Each processor takes its own form: a card number must never reach a hosted processor's
    // checkout, nor a made-up "cinetpay" choice the simulated one.
    if ((method === 'cinetpay') !== (deps.processor.name === 'cinetpay'))
      return { status: 'error', message: 'invalidForm', fieldErrors: { method: 'method' } };
    const result = await startCheckout(deps, {
      idempotencyKey: form.attempt,
      contractId: form.contract,
      invoiceReferences: form.invoices,
      amount: form.amount === 'full' ? 'full' : Number(form.amount),
      method,
      card:
        method === 'card'
          ? { number: form.cardNumber, expiry: form.cardExpiry, cvc: form.cardCvc }
          : undefined,
      walletNumber: method === 'card' || method === 'cinetpay' ? undefined : form.walletNumber,
      billing: {
        address: form.billingAddress,
        city: form.billingCity,
        country: form.billingCountry,
        // The customer typed their phone once, as the wallet's number: it is the contact phone
        // too (LOVAT's report, the receipt by SMS).
        phone: paysByWallet(method)
          ? (normalizeIvorianNumber(form.walletNumber) ?? form.walletNumber)
          : form.billingPhone,
        ...(method === 'cinetpay'
          ? { name: form.billingName, surname: form.billingSurname, email: form.billingEmail }
          : {}),
      },
      customerIp: await clientAddress(),
      locale: (await getLocale()) as 'fr' | 'en',
    });
    if (!result.ok) return { status: 'error', message: result.problem };
    const { payment } = result;
    if (payment.state === 'captured') kickDelivery(payment.id);
    // On to the processor's page while it awaits the customer there (again, on a replay).
    if (payment.state === 'awaiting_approval' && payment.processorUrl)
      redirect(payment.processorUrl);
    redirect(`/recu/${payment.receiptToken}`);
  },
  // A refusal keeps the card number and expiry in the form (a phone user does not type 16
  // digits again); the security code is never sent back, and the form says so.
  { name: 'pay', keep: ['cardNumber', 'cardExpiry'] },
);
