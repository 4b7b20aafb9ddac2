import 'server-only';
import type { z } from 'zod';
import type { ActionState } from '@/lib/action-state';
import type { AuditedResult } from '@/lib/audit/audit';
import { noteAttributes } from '@/lib/telemetry/tracing';
import { tracedAction, validateThen } from '@/lib/validated-action';
import { currentAgent, hasRole, type SignedInAgent } from './current';
import type { AgentRole } from './schema';

/**
 * A server action for agents: the session and the role are checked on the server before the
 * form is even read, whatever the page that rendered the form showed. Server actions are public
 * endpoints; this is what keeps them closed. `name` names it in traces, metrics and logs.
 */
export function agentAction<S extends z.core.$ZodType>(
  role: AgentRole,
  schema: S,
  fn: (input: z.output<S>, agent: SignedInAgent) => Promise<ActionState>,
  options: { name?: string } = {},
) {
  const { name = 'agent' } = options;
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> =>
    tracedAction(name, async () => {
      const agent = await currentAgent();
      if (!agent) return { status: 'error', message: 'signedOut' };
      if (!hasRole(agent, role)) return { status: 'error', message: 'forbidden' };
      return validateThen(schema, formData, (input) => {
        // Which payment the action is about, for its span and log line.
        const paymentId = (input as { paymentId?: unknown }).paymentId;
        if (typeof paymentId === 'string') noteAttributes({ 'payment.id': paymentId });
        return fn(input, agent);
      });
    });
}

/** The usual answer of an audited action, as a form state. */
export function auditedState(result: AuditedResult, success: string): ActionState {
  if (result.status === 'refused') return { status: 'error', message: result.reason };
  return { status: 'success', message: result.status === 'done' ? success : 'alreadyDone' };
}
