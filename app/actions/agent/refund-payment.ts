'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { audited } from '@/lib/audit/audit';
import { refundSchema } from '@/lib/agent/forms';
import { getDb } from '@/lib/db';
import { refundPayment } from '@/lib/payments/agent-operations';
import { kickDelivery } from '@/lib/payments/runtime';

/** Gives back one invoice of a payment, or all it still holds; reported to LOVAT as `refund`. */
export const refundPaymentAction = agentAction(
  'agent',
  refundSchema,
  async (form, agent) => {
    const requested = form.invoice === 'all' ? 'all' : [form.invoice];
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: agent,
        action: 'payment.refund',
        targetType: 'payment',
        targetId: form.paymentId,
        reason: form.reason,
      },
      (tx) =>
        refundPayment(tx, form.paymentId, requested, {
          overrideInsurer: form.overrideInsurer === 'yes',
        }),
    );
    if (result.status === 'done') kickDelivery(form.paymentId);
    revalidatePath(`/agent/paiements/${form.paymentId}`);
    return auditedState(result, 'refunded');
  },
  { name: 'agent.refund-payment' },
);
