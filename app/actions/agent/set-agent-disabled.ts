'use server';

import { revalidatePath } from 'next/cache';
import { agentAction, auditedState } from '@/lib/auth/agent-action';
import { setAgentDisabled } from '@/lib/auth/accounts';
import { setDisabledSchema } from '@/lib/auth/forms';
import { audited } from '@/lib/audit/audit';
import { getDb } from '@/lib/db';

/** Admins only: a disabled agent's sessions end at once and sign-in is refused. */
export const setAgentDisabledAction = agentAction(
  'admin',
  setDisabledSchema,
  async (form, admin) => {
    // An admin locking themselves out would leave nobody to undo it.
    if (form.agentId === admin.id) return { status: 'error', message: 'cannotDisableSelf' };
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: admin,
        action: form.disabled ? 'agent.disable' : 'agent.enable',
        targetType: 'agent',
        targetId: form.agentId,
      },
      async (tx) => {
        const row = await setAgentDisabled(tx, form.agentId, form.disabled);
        return row ? { ok: true, detail: { email: row.email } } : { ok: false, reason: 'notFound' };
      },
    );
    revalidatePath('/agent/equipe');
    return auditedState(result, form.disabled ? 'agentDisabled' : 'agentEnabled');
  },
  { name: 'agent.set-agent-disabled' },
);
