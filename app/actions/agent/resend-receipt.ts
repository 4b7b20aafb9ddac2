'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { audited } from '@/lib/audit/audit';
import { resendReceiptSchema } from '@/lib/agent/forms';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { queueReceiptLink } from '@/lib/payments/receipt-link';
import { kickDelivery } from '@/lib/payments/runtime';

/** Sends the customer the receipt's link by SMS, through the outbox (so it is retried). */
export const resendReceiptAction = agentAction(
  'agent',
  resendReceiptSchema,
  async (form, agent) => {
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: agent,
        action: 'receipt.resend',
        targetType: 'payment',
        targetId: form.paymentId,
        reason: form.reason,
      },
      (tx) => queueReceiptLink(tx, { ...form, appUrl: getConfig().appUrl }),
    );
    if (result.status === 'done') kickDelivery(form.paymentId);
    revalidatePath(`/agent/paiements/${form.paymentId}`);
    if (result.status === 'refused' && result.reason !== 'notFound')
      return { status: 'error', message: 'invalidForm', fieldErrors: { phone: result.reason } };
    return auditedState(result, 'resent');
  },
  { name: 'agent.resend-receipt' },
);
