'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { audited } from '@/lib/audit/audit';
import { chargebackSchema } from '@/lib/agent/forms';
import { getDb } from '@/lib/db';
import { recordChargeback } from '@/lib/payments/agent-operations';
import { kickDelivery } from '@/lib/payments/runtime';

/** Records that the operator took the money back; reported to LOVAT as `Charge back`. */
export const recordChargebackAction = agentAction(
  'agent',
  chargebackSchema,
  async (form, agent) => {
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: agent,
        action: 'payment.chargeback',
        targetType: 'payment',
        targetId: form.paymentId,
        reason: form.reason,
      },
      (tx) => recordChargeback(tx, form.paymentId),
    );
    if (result.status === 'done') kickDelivery(form.paymentId);
    revalidatePath(`/agent/paiements/${form.paymentId}`);
    return auditedState(result, 'chargedBack');
  },
  { name: 'agent.record-chargeback' },
);
