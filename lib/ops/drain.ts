/**
 * What a process does when asked to stop (SIGTERM, SIGINT): unready first, no new work, the
 * work it holds finished within a grace period, what is left handed back, the database closed.
 * Pure orchestration over `DrainDeps`, so that it is tested without a process to kill;
 * lib/ops/shutdown.ts wires it to the real server, outbox and database.
 */

export interface Busy {
  requests: number;
  deliveries: number;
  worker: boolean;
}

type LogFn = (event: string, fields?: Record<string, unknown>) => void;

export interface DrainDeps {
  /** Everything must be done by then, counted from the signal. */
  graceMs: number;
  /** How long the listener stays open while readiness answers 503 (load balancers notice). */
  unreadyMs: number;
  /**
   * Keep listening until the deliveries are done: with the sandbox on, the upstreams they call
   * are served by this very process.
   */
  listenWhileDelivering: boolean;
  /** Marks the instance draining and stops the outbox worker: nothing new is claimed. */
  stopWork(): void;
  stopListening(): void;
  closeIdleConnections(): void;
  busy(): Busy;
  releaseLeases(): Promise<unknown[]>;
  closeDatabase(): Promise<void>;
  log: { info: LogFn; warn: LogFn; error: LogFn };
  exit(code: number): void;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };
const CLOSE_DATABASE_MS = 5_000;
const POLL_MS = 50;

const isBusy = (b: Busy) => b.requests > 0 || b.deliveries > 0 || b.worker;

// The same stop, delivered twice: Ctrl+C reaches npm (or npx) and the server, and they pass it
// on; systemd signals every process of the unit. Only a later signal means "now".
const REPEATED_WITHIN_MS = 1_000;

/** The signal handler: the first signal drains, a later one exits at once. */
export function drainOnSignal(deps: DrainDeps): (signal: NodeJS.Signals) => Promise<void> {
  const now = deps.now ?? Date.now;
  let draining: Promise<void> | undefined;
  let first = 0;
  return (signal) => {
    if (draining && now() - first < REPEATED_WITHIN_MS) return draining;
    if (draining) {
      deps.log.warn('shutdown.forced', { signal, ...deps.busy() });
      deps.exit(SIGNAL_EXIT[signal] ?? 1);
      return draining;
    }
    first = now();
    draining = drain(deps, signal);
    return draining;
  };
}

async function drain(deps: DrainDeps, signal: NodeJS.Signals): Promise<void> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = now();
  const deadline = started + deps.graceMs;
  deps.stopWork();
  deps.log.info('shutdown.draining', {
    signal,
    graceMs: deps.graceMs,
    unreadyMs: deps.unreadyMs,
    ...deps.busy(),
  });
  if (deps.unreadyMs > 0) await sleep(Math.min(deps.unreadyMs, deps.graceMs));
  while (deps.listenWhileDelivering && deps.busy().deliveries > 0 && now() < deadline)
    await sleep(POLL_MS);
  deps.stopListening();
  while (isBusy(deps.busy()) && now() < deadline) {
    deps.closeIdleConnections();
    await sleep(POLL_MS);
  }
  const left = deps.busy();
  let code = isBusy(left) ? 1 : 0;
  let released: unknown[] = [];
  try {
    released = await deps.releaseLeases();
  } catch (error) {
    code = 1;
    deps.log.error('shutdown.release_failed', { error: String(error) });
  }
  if (isBusy(left))
    deps.log.error('shutdown.grace_expired', {
      graceMs: deps.graceMs,
      ...left,
      released: released.length,
      reason: 'work still running when the grace period ended; its outbox entries were handed back',
    });
  try {
    await within(deps.closeDatabase(), CLOSE_DATABASE_MS);
  } catch (error) {
    code = 1;
    deps.log.error('shutdown.database_close_failed', { error: String(error) });
  }
  deps.log.info('shutdown.done', {
    exitCode: code,
    ms: now() - started,
    released: released.length,
  });
  deps.exit(code);
}

function within(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
