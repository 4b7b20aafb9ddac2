'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { resetAgentPassword } from '@/lib/auth/accounts';
import { resetPasswordSchema } from '@/lib/auth/forms';
import { audited } from '@/lib/audit/audit';
import { getDb } from '@/lib/db';

/** Admins only: sets a new password and ends the agent's open sessions. */
export const resetAgentPasswordAction = agentAction(
  'admin',
  resetPasswordSchema,
  async (form, admin) => {
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: admin,
        action: 'agent.reset_password',
        targetType: 'agent',
        targetId: form.agentId,
      },
      async (tx) => {
        const row = await resetAgentPassword(tx, form.agentId, form.password);
        return row ? { ok: true, detail: { email: row.email } } : { ok: false, reason: 'notFound' };
      },
    );
    revalidatePath('/agent/equipe');
    return auditedState(result, 'passwordReset');
  },
  { name: 'agent.reset-agent-password' },
);
