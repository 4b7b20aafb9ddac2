import { describe, expect, it } from 'vitest';
import { drainOnSignal, type Busy, type DrainDeps } from './drain';

/** A process to drain, on a clock the test moves: each sleep advances it. */
function fakeProcess(over: Partial<DrainDeps> & { busyFor?: number } = {}) {
  let clock = 0;
  const steps: string[] = [];
  const events: string[] = [];
  const exits: number[] = [];
  const busyUntil = over.busyFor ?? 0;
  const busy = (): Busy => ({
    requests: 0,
    deliveries: clock < busyUntil ? 1 : 0,
    worker: false,
  });
  const deps: DrainDeps = {
    graceMs: 1_000,
    unreadyMs: 0,
    listenWhileDelivering: false,
    stopWork: () => steps.push('stopWork'),
    stopListening: () => steps.push(`stopListening@${clock}`),
    closeIdleConnections: () => {},
    busy,
    releaseLeases: async () => (steps.push(`release@${clock}`), clock < busyUntil ? [7] : []),
    closeDatabase: async () => void steps.push('closeDatabase'),
    log: {
      info: (e) => events.push(e),
      warn: (e) => events.push(e),
      error: (e) => events.push(e),
    },
    exit: (code) => exits.push(code),
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
    ...over,
  };
  return { deps, steps, events, exits };
}

describe('draining on SIGTERM', () => {
  it('stops new work, waits for the work in flight, then releases, closes and exits 0', async () => {
    const p = fakeProcess({ busyFor: 300 });
    await drainOnSignal(p.deps)('SIGTERM');
    expect(p.steps).toEqual(['stopWork', 'stopListening@0', 'release@300', 'closeDatabase']);
    expect(p.exits).toEqual([0]);
    expect(p.events).toEqual(['shutdown.draining', 'shutdown.done']);
  });

  it('stays reachable but unready for unreadyMs before it stops listening', async () => {
    const p = fakeProcess({ unreadyMs: 200 });
    await drainOnSignal(p.deps)('SIGTERM');
    expect(p.steps).toEqual(['stopWork', 'stopListening@200', 'release@200', 'closeDatabase']);
    expect(p.exits).toEqual([0]);
  });

  it('keeps listening while it delivers when it serves its own upstreams (the sandbox)', async () => {
    const p = fakeProcess({ busyFor: 300, listenWhileDelivering: true });
    await drainOnSignal(p.deps)('SIGTERM');
    expect(p.steps).toEqual(['stopWork', 'stopListening@300', 'release@300', 'closeDatabase']);
  });

  it('hands back what is left and exits 1, saying why, when the grace period runs out', async () => {
    const p = fakeProcess({ busyFor: 60_000 });
    await drainOnSignal(p.deps)('SIGTERM');
    expect(p.steps.at(-2)).toBe('release@1000');
    expect(p.steps.at(-1)).toBe('closeDatabase');
    expect(p.events).toContain('shutdown.grace_expired');
    expect(p.exits).toEqual([1]);
  });

  it('exits 1 when the database does not close', async () => {
    const p = fakeProcess({ closeDatabase: () => Promise.reject(new Error('stuck')) });
    await drainOnSignal(p.deps)('SIGINT');
    expect(p.events).toContain('shutdown.database_close_failed');
    expect(p.exits).toEqual([1]);
  });

  it('exits at once, non-zero, on a second signal during the drain', async () => {
    let finish: () => void = () => {};
    let clock = 0;
    const p = fakeProcess({
      busyFor: 60_000,
      graceMs: 60_000,
      sleep: () => new Promise((r) => (finish = r)),
      now: () => clock,
    });
    const onSignal = drainOnSignal(p.deps);
    void onSignal('SIGTERM');
    // The same signal passed on by a parent (npm, npx) or sent to the whole unit: not a second.
    clock = 500;
    void onSignal('SIGTERM');
    expect(p.exits).toEqual([]);
    clock = 1_500;
    void onSignal('SIGTERM');
    expect(p.exits).toEqual([143]);
    expect(p.events).toContain('shutdown.forced');
    void onSignal('SIGINT');
    expect(p.exits).toEqual([143, 130]);
    finish();
  });
});
