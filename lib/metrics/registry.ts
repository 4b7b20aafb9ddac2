import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's metrics. Counters and histograms here count what this process did (each
 * instance is scraped on its own and Prometheus sums them); what describes the database is read
 * from it at scrape time instead (lib/metrics/database.ts), so instances never double it.
 * docs/operations.md says what each one means and what to do about it.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'lalo_process_' });
  const registers = [registry];
  return {
    registry,
    deliveryAttempts: new Counter({
      name: 'lalo_delivery_attempts_total',
      help: 'Outbox delivery attempts by upstream, outcome (delivered, refused, retry, gave_up) and code.',
      labelNames: ['upstream', 'outcome', 'code'] as const,
      registers,
    }),
    upstreamDuration: new Histogram({
      name: 'lalo_upstream_request_duration_seconds',
      help: 'Duration of calls to an upstream (enov, lovat, cinetpay, sms) by result (HTTP status class, timeout, network, cancelled).',
      labelNames: ['upstream', 'result'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'lalo_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit.',
      labelNames: ['limit'] as const,
      registers,
    }),
    signInFailures: new Counter({
      name: 'lalo_signin_failures_total',
      help: 'Agent sign-ins refused, by reason (invalid credentials, throttled).',
      labelNames: ['reason'] as const,
      registers,
    }),
    signInLocks: new Counter({
      name: 'lalo_signin_locks_total',
      help: 'Sign-in locks started, by scope (an account from one address, or an address).',
      labelNames: ['scope'] as const,
      registers,
    }),
    actionDuration: new Histogram({
      name: 'lalo_server_action_duration_seconds',
      help: 'Duration of server actions by action and outcome (success, error, redirect, exception).',
      labelNames: ['action', 'outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// One set per process whatever the bundle layer that counts (see lib/telemetry/context.ts).
const globalForMetrics = globalThis as unknown as { __lalo_metrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__lalo_metrics ??= createMetrics();
  return globalForMetrics.__lalo_metrics;
}

const LIMITS = /^(lookup|checkout:(?:client|contract|wallet-push)|signin:(?:pair|client|strikes))/;

/** The limit a rate-limit key counts against, without the client address or contract in it. */
export function limitName(key: string): string {
  return LIMITS.exec(key)?.[1] ?? 'other';
}
