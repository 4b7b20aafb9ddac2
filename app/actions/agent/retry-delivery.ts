'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { audited } from '@/lib/audit/audit';
import { retryDeliverySchema } from '@/lib/agent/forms';
import { getDb } from '@/lib/db';
import { retryDeliveryNow } from '@/lib/payments/agent-operations';
import { deliverDue } from '@/lib/payments/outbox';
import { outboxDeps } from '@/lib/payments/runtime';

/** Sends a waiting or given-up message again now, and waits for the answer to show it. */
export const retryDeliveryAction = agentAction(
  'agent',
  retryDeliverySchema,
  async (form, agent) => {
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: agent,
        action: 'delivery.retry',
        targetType: 'delivery',
        targetId: String(form.entryId),
        reason: form.reason,
      },
      (tx) => retryDeliveryNow(tx, form.entryId),
    );
    if (result.status === 'done') {
      const paymentId = String(result.detail.paymentId);
      // Another instance's worker may claim it first: either way the page shows the outcome.
      await deliverDue(outboxDeps(), { paymentId });
      revalidatePath(`/agent/paiements/${paymentId}`);
    }
    return auditedState(result, 'retried');
  },
  { name: 'agent.retry-delivery' },
);
