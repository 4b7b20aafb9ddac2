import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * What every log line written during a unit of work (a server action, a delivery, an upstream
 * call) carries: its trace id, and the payment's reference once known. Kept apart from
 * OpenTelemetry's context so the lines correlate even when no tracer is registered.
 */
export interface WorkContext {
  traceId: string;
  spanId?: string;
  reference?: string;
}

// Next evaluates a module once per bundle layer (instrumentation, actions, routes): one store
// per process, or a line written in one layer would not see the context set in another.
const globalForContext = globalThis as unknown as {
  __lalo_work_context?: AsyncLocalStorage<WorkContext>;
};
const store = (globalForContext.__lalo_work_context ??= new AsyncLocalStorage<WorkContext>());

export function currentWork(): WorkContext | undefined {
  return store.getStore();
}

export function runWork<T>(work: WorkContext, fn: () => T): T {
  return store.run(work, fn);
}

/** A trace id of the W3C shape, for log correlation while no tracer is registered. */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}
