import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/open';
import { agentPolicy as policy } from '@/tests/support/agent-policy';
import { backends } from '@/tests/support/databases';
import {
  createAgent,
  ensureFirstAdmin,
  listAgents,
  resetAgentPassword,
  secureAdmins,
  setAgentDisabled,
} from './accounts';
import { judgeSession, loadSession, pruneSessions, ranOutOfTime } from './sessions';
import { signInAgent } from './sign-in';

describe('judgeSession', () => {
  const t0 = new Date('2026-11-23T08:00:00Z');
  const live = { revokedAt: null, expiresAt: new Date(t0.getTime() + 3_600_000), lastSeenAt: t0 };
  const at = (ms: number) => new Date(t0.getTime() + ms);
  it.each([
    ['valid within both limits', live, null, at(29 * 60_000), 'valid'],
    ['idle after 30 minutes unused', live, null, at(30 * 60_000), 'idle'],
    [
      'expired past its absolute end',
      { ...live, lastSeenAt: at(59 * 60_000) },
      null,
      at(3_600_000),
      'expired',
    ],
    ['revoked by sign-out', { ...live, revokedAt: t0 }, null, at(1), 'revoked'],
    ['refused for a disabled agent', live, t0, at(1), 'disabled'],
  ] as const)('is %s', (_name, session, disabledAt, now, verdict) => {
    expect(judgeSession(session, { disabledAt }, policy, now)).toBe(verdict);
  });
});

describe('ranOutOfTime', () => {
  const t0 = new Date('2026-11-23T08:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const session = { revokedAt: null, expiresAt: at(3_600_000), lastSeenAt: t0 };
  it.each([
    ['still live', session, null, at(60_000), false],
    ['left idle, found out now', session, null, at(31 * 60_000), true],
    [
      'left idle, revoked when found out',
      { ...session, revokedAt: at(31 * 60_000) },
      null,
      at(5 * 3_600_000),
      true,
    ],
    [
      'past its absolute end',
      { ...session, lastSeenAt: at(59 * 60_000) },
      null,
      at(3_600_000),
      true,
    ],
    [
      'closed by signing out, long ago',
      { ...session, revokedAt: at(60_000) },
      null,
      at(5 * 3_600_000),
      false,
    ],
    ['of a disabled agent', session, t0, at(31 * 60_000), false],
  ] as const)('is %s', (_name, s, disabledAt, now, expected) => {
    expect(ranOutOfTime(s, { disabledAt }, policy, now)).toBe(expected);
  });
});

describe.each(backends)('agent accounts and sessions on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle?.drop();
  });
  const db = () => handle.db;
  const t0 = new Date('2026-11-23T09:00:00Z');

  it('creates the first admin once, whatever the number of instances starting', async () => {
    const admin = {
      email: ' Admin@Example.com ',
      password: 'a-long-admin-password',
      name: 'Admin',
    };
    const created = await Promise.all([
      ensureFirstAdmin(db(), admin),
      ensureFirstAdmin(db(), admin),
    ]);
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await ensureFirstAdmin(db(), { ...admin, email: 'other@example.com' })).toBe(false);
    const all = await listAgents(db());
    expect(all.map((a) => [a.email, a.role])).toEqual([['admin@example.com', 'admin']]);
  });

  it('refuses a second account on one address, whatever its case', async () => {
    const input = {
      email: 'awa@example.com',
      name: 'Awa',
      role: 'agent' as const,
      password: 'correct horse battery',
    };
    expect((await createAgent(db(), input)).ok).toBe(true);
    expect(await createAgent(db(), { ...input, email: 'AWA@example.com' })).toEqual({
      ok: false,
      reason: 'email_taken',
    });
  });

  it('with the sandbox off, disables the documented sandbox admin and creates the configured one', async () => {
    // A database that once ran the sandbox: its documented admin signed in there.
    await createAgent(db(), {
      email: 'sandbox-admin@lalo.test',
      name: 'S',
      role: 'admin',
      password: 'Admin-Sandbox-2026',
    });
    const before = await signInAgent(
      db(),
      { email: 'sandbox-admin@lalo.test', password: 'Admin-Sandbox-2026', clientIp: '10.0.4.1' },
      policy,
    );
    if (!before.ok) throw new Error('not signed in');
    const admin = { email: 'Ops@Insurer.ci', name: 'Ops', password: 'a-long-admin-password' };
    expect(await secureAdmins(db(), admin, ['sandbox-admin@lalo.test'])).toEqual({
      created: true,
      disabled: ['sandbox-admin@lalo.test'],
    });
    expect(await loadSession(db(), before.sessionId, before.agentId, policy)).toBeNull();
    expect(
      await signInAgent(
        db(),
        { email: 'sandbox-admin@lalo.test', password: 'Admin-Sandbox-2026', clientIp: '10.0.4.1' },
        policy,
      ),
    ).toEqual({ ok: false, reason: 'invalid' });
    const ops = await signInAgent(
      db(),
      { email: 'ops@insurer.ci', password: 'a-long-admin-password', clientIp: '10.0.4.1' },
      policy,
    );
    expect(ops.ok).toBe(true);
    // Every later start finds both as they are: nothing created, nothing to disable.
    expect(await secureAdmins(db(), admin, ['sandbox-admin@lalo.test'])).toEqual({
      created: false,
      disabled: [],
    });
  });

  it('ends sessions on disabling, on a password reset, and refuses a disabled agent to sign in', async () => {
    const created = await createAgent(db(), {
      email: 'kone@example.com',
      name: 'Koné',
      role: 'agent',
      password: 'first-password-123',
    });
    if (!created.ok) throw new Error('not created');
    const id = created.agent.id;
    const signIn = (password: string) =>
      signInAgent(db(), { email: 'kone@example.com', password, clientIp: '10.0.3.1' }, policy);
    const first = await signIn('first-password-123');
    if (!first.ok) throw new Error('not signed in');
    expect(await loadSession(db(), first.sessionId, id, policy)).toMatchObject({
      email: 'kone@example.com',
      role: 'agent',
    });
    expect(await loadSession(db(), first.sessionId, 'someone-else', policy)).toBeNull();

    await resetAgentPassword(db(), id, 'second-password-456');
    expect(await loadSession(db(), first.sessionId, id, policy)).toBeNull();
    expect((await signIn('first-password-123')).ok).toBe(false);
    const second = await signIn('second-password-456');
    if (!second.ok) throw new Error('not signed in');

    await setAgentDisabled(db(), id, true);
    expect(await loadSession(db(), second.sessionId, id, policy)).toBeNull();
    expect(await signIn('second-password-456')).toEqual({ ok: false, reason: 'invalid' });
    await setAgentDisabled(db(), id, false);
    expect((await signIn('second-password-456')).ok).toBe(true);
  });

  it('ends an idle session for good, even if used again later', async () => {
    const s = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'correct horse battery', clientIp: '10.0.4.1' },
      policy,
      t0,
    );
    if (!s.ok) throw new Error('not signed in');
    const idle = new Date(t0.getTime() + policy.idleMs);
    expect(await loadSession(db(), s.sessionId, s.agentId, policy, idle)).toBeNull();
    expect(
      await loadSession(db(), s.sessionId, s.agentId, policy, new Date(t0.getTime() + 1)),
    ).toBeNull();
  });

  it('forgets only sessions that ended before the cut-off', async () => {
    const s = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'correct horse battery', clientIp: '10.0.5.1' },
      policy,
      t0,
    );
    if (!s.ok) throw new Error('not signed in');
    const live = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'correct horse battery', clientIp: '10.0.5.1' },
      policy,
    );
    if (!live.ok) throw new Error('not signed in');
    // t0's session expired at t0 + 10 h; the live one expires in 10 h from now.
    const removed = await pruneSessions(db(), new Date(t0.getTime() + policy.maxAgeMs + 1));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await loadSession(db(), s.sessionId, s.agentId, policy, t0)).toBeNull();
    expect(await loadSession(db(), live.sessionId, live.agentId, policy)).toMatchObject({
      email: 'awa@example.com',
    });
  });
});
