'use server';

import { revalidatePath } from 'next/cache';
import { agentAction } from '@/lib/auth/agent-action';
import { createAgent } from '@/lib/auth/accounts';
import { createAgentSchema } from '@/lib/auth/forms';
import { audited } from '@/lib/audit/audit';
import { getDb } from '@/lib/db';

/** Admins only: a new agent or admin, who signs in with the password given here. */
export const createAgentAction = agentAction(
  'admin',
  createAgentSchema,
  async (form, admin) => {
    const result = await audited(
      getDb(),
      {
        requestId: form.requestId,
        actor: admin,
        action: 'agent.create',
        targetType: 'agent',
        targetId: form.email.toLowerCase(),
      },
      async (tx) => {
        const created = await createAgent(tx, form);
        return created.ok
          ? { ok: true, detail: { agentId: created.agent.id, role: created.agent.role } }
          : { ok: false, reason: 'emailTaken' };
      },
    );
    revalidatePath('/agent/equipe');
    if (result.status === 'refused')
      return { status: 'error', message: 'invalidForm', fieldErrors: { email: 'emailTaken' } };
    return {
      status: 'success',
      message: result.status === 'done' ? 'agentCreated' : 'alreadyDone',
    };
  },
  { name: 'agent.create-agent' },
);
