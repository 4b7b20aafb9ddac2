import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '@/lib/metrics/registry';
import type { DbHandle } from '@/lib/db/open';
import { agentPolicy as policy } from '@/tests/support/agent-policy';
import { backends } from '@/tests/support/databases';
import { createAgent } from './accounts';
import { signInAgent } from './sign-in';

/** Signing in: the answer for a wrong password or an unknown account, locks and throttling. */
describe.each(backends)('agent sign-in on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
    await createAgent(handle.db, {
      email: 'awa@example.com',
      name: 'Awa',
      role: 'agent',
      password: 'correct horse battery',
    });
  });
  afterAll(async () => {
    await handle?.drop();
  });
  const db = () => handle.db;
  const t0 = new Date('2026-11-23T09:00:00Z');

  it('signs in with the right password, and gives the same answer for an unknown account', async () => {
    const ok = await signInAgent(
      db(),
      { email: 'AWA@example.com', password: 'correct horse battery', clientIp: '10.0.0.1' },
      policy,
      t0,
    );
    expect(ok.ok).toBe(true);
    const wrong = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'nope', clientIp: '10.0.0.1' },
      policy,
      t0,
    );
    const unknown = await signInAgent(
      db(),
      { email: 'nobody@example.com', password: 'nope', clientIp: '10.0.0.1' },
      policy,
      t0,
    );
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('locks an account for one client after repeated failures, never for the agent elsewhere', async () => {
    const input = {
      email: 'locked@example.com',
      name: 'L',
      role: 'agent' as const,
      password: 'the-right-password',
    };
    await createAgent(db(), input);
    const attempt = (password: string, ip: string, now = t0) =>
      signInAgent(db(), { email: input.email, password, clientIp: ip }, policy, now);
    for (let i = 0; i < 3; i++) expect((await attempt('bad', '10.0.1.1')).ok).toBe(false);
    // The attacker's address is locked, even with the right password, until the window ends.
    const refused = await attempt('the-right-password', '10.0.1.1');
    expect(refused).toMatchObject({ ok: false, reason: 'throttled', retryAfterS: 900 });
    // The agent, from their own address, signs in as usual.
    expect((await attempt('the-right-password', '10.0.1.4')).ok).toBe(true);
    // Each new lock of the same pair within a day lasts twice as long as the one before.
    const later = new Date(t0.getTime() + policy.lockMs);
    for (let i = 0; i < 3; i++) expect((await attempt('bad', '10.0.1.1', later)).ok).toBe(false);
    expect(await attempt('the-right-password', '10.0.1.1', later)).toMatchObject({
      reason: 'throttled',
      retryAfterS: 1800,
    });
    const afterSecond = new Date(later.getTime() + 2 * policy.lockMs);
    expect((await attempt('the-right-password', '10.0.1.1', afterSecond)).ok).toBe(true);
  });

  it('counts refused sign-ins, locks and limit refusals for /api/metrics', async () => {
    const m = metrics();
    const value = async (
      counter: { get(): Promise<{ values: { labels: object; value: number }[] }> },
      labels: Record<string, string>,
    ) =>
      (await counter.get()).values.find((v) =>
        Object.entries(labels).every(([k, l]) => (v.labels as Record<string, string>)[k] === l),
      )?.value ?? 0;
    const read = async () => [
      await value(m.signInFailures, { reason: 'invalid' }),
      await value(m.signInFailures, { reason: 'throttled' }),
      await value(m.signInLocks, { scope: 'account_and_address' }),
      await value(m.rateLimitRefusals, { limit: 'signin:pair' }),
    ];
    const before = await read();
    await createAgent(db(), {
      email: 'count@example.com',
      name: 'C',
      role: 'agent',
      password: 'p',
    });
    const attempt = () =>
      signInAgent(
        db(),
        { email: 'count@example.com', password: 'bad', clientIp: '10.0.7.1' },
        policy,
        t0,
      );
    for (let i = 0; i < policy.maxFailures + 2; i++) await attempt();
    const after = await read();
    // Three wrong passwords, then two refusals while locked, of which one started the lock.
    expect(after.map((v, i) => v - before[i]!)).toEqual([policy.maxFailures, 2, 1, 2]);
  });

  it('checks at most the limit of passwords when attempts arrive all at once', async () => {
    await createAgent(db(), {
      email: 'race@example.com',
      name: 'R',
      role: 'agent',
      password: 'the-right-password',
    });
    // 30 parallel attempts, the right password among them: on a check-then-act counter each
    // one read "no failure yet" and 28 passwords were checked, then one signed in.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signInAgent(
          db(),
          {
            email: 'race@example.com',
            password: i === 29 ? 'the-right-password' : `wrong-${i}`,
            clientIp: '10.0.9.9',
          },
          { ...policy, maxClientFailures: 1_000 },
          t0,
        ),
      ),
    );
    const checked = results.filter((r) => r.ok || r.reason === 'invalid');
    expect(checked.length).toBeLessThanOrEqual(policy.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(
      30 - checked.length,
    );
  });

  it('throttles one client trying many accounts', async () => {
    const ip = '10.0.2.1';
    for (let i = 0; i < 5; i++)
      await signInAgent(
        db(),
        { email: `guess${i}@example.com`, password: 'x', clientIp: ip },
        policy,
        t0,
      );
    const next = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'correct horse battery', clientIp: ip },
      policy,
      t0,
    );
    expect(next).toMatchObject({ ok: false, reason: 'throttled' });
    const elsewhere = await signInAgent(
      db(),
      { email: 'awa@example.com', password: 'correct horse battery', clientIp: '10.0.2.2' },
      policy,
      t0,
    );
    expect(elsewhere.ok).toBe(true);
  });
});
