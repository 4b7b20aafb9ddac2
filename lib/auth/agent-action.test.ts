import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/action-state';
import type { SignedInAgent } from './sessions';

/**
 * Every agent server action, called the way a forged request would call it: the guard must
 * answer before the form is read or the database touched. A disabled agent or a revoked
 * session reaches the actions as "no agent" (see auth.test.ts: loadSession returns null).
 */

const session = vi.hoisted(() => ({ agent: null as SignedInAgent | null }));
vi.mock('./current', () => ({
  currentAgent: async () => session.agent,
  hasRole: (agent: SignedInAgent, role: string) => role === 'agent' || agent.role === 'admin',
}));
const touched = vi.hoisted(() => ({ db: 0 }));
vi.mock('@/lib/db', () => ({
  getDb: () => {
    touched.db += 1;
    throw new Error('the database was reached');
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('@/lib/payments/runtime', () => ({
  kickDelivery: () => undefined,
  outboxDeps: () => ({}),
}));

const agent: SignedInAgent = {
  id: randomUUID(),
  email: 'awa@lalo.test',
  name: 'Awa',
  role: 'agent',
  sessionId: 's1',
};
const admin: SignedInAgent = { ...agent, id: randomUUID(), role: 'admin', email: 'root@lalo.test' };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ requestId: randomUUID(), ...fields })) data.append(k, v);
  return data;
};

const ACTIONS = [
  [
    'refund-payment',
    'refundPaymentAction',
    'agent',
    { paymentId: randomUUID(), invoice: 'all', reason: 'because', confirm: 'yes' },
  ],
  [
    'record-chargeback',
    'recordChargebackAction',
    'agent',
    { paymentId: randomUUID(), reason: 'because', confirm: 'yes' },
  ],
  ['retry-delivery', 'retryDeliveryAction', 'agent', { entryId: '1' }],
  ['resend-receipt', 'resendReceiptAction', 'agent', { paymentId: randomUUID() }],
  [
    'create-agent',
    'createAgentAction',
    'admin',
    { email: 'x@lalo.test', name: 'X', role: 'admin', password: 'long-enough-password' },
  ],
  [
    'set-agent-disabled',
    'setAgentDisabledAction',
    'admin',
    { agentId: randomUUID(), disabled: 'true' },
  ],
  [
    'reset-agent-password',
    'resetAgentPasswordAction',
    'admin',
    { agentId: randomUUID(), password: 'long-enough-password' },
  ],
] as const;

type Action = (state: typeof IDLE, data: FormData) => Promise<{ status: string; message?: string }>;

async function load(file: string, name: string): Promise<Action> {
  const loaded = (await import(`@/app/actions/agent/${file}.ts`)) as Record<string, Action>;
  return loaded[name]!;
}

describe.each(ACTIONS)('the %s action', (file, name, role, fields) => {
  beforeEach(() => {
    touched.db = 0;
  });

  it('refuses anyone not signed in (or disabled, or signed out) before touching anything', async () => {
    session.agent = null;
    const result = await (await load(file, name))(IDLE, form(fields));
    expect(result).toEqual({ status: 'error', message: 'signedOut' });
    expect(touched.db).toBe(0);
  });

  it(
    role === 'admin' ? 'refuses a plain agent' : 'lets a plain agent through to the database',
    async () => {
      session.agent = agent;
      const action = await load(file, name);
      if (role === 'admin') {
        expect(await action(IDLE, form(fields))).toEqual({ status: 'error', message: 'forbidden' });
        expect(touched.db).toBe(0);
      } else {
        await expect(action(IDLE, form(fields))).rejects.toThrow('the database was reached');
      }
    },
  );

  it('lets an admin through to the database', async () => {
    session.agent = admin;
    await expect((await load(file, name))(IDLE, form(fields))).rejects.toThrow(
      'the database was reached',
    );
  });

  it('checks the form before the database, for the right role', async () => {
    session.agent = admin;
    const result = await (await load(file, name))(IDLE, form({ requestId: 'not-a-uuid' }));
    expect(result).toMatchObject({ status: 'error', message: 'invalidForm' });
    expect(touched.db).toBe(0);
  });
});

it('covers every action of the agent area', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync('app/actions/agent').map((f) => f.replace(/\.ts$/, ''));
  const covered = new Set<string>([...ACTIONS.map((a) => a[0]), 'sign-in', 'sign-out']);
  expect(files.filter((f) => !covered.has(f))).toEqual([]);
});
