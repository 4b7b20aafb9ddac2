import 'server-only';
import { getConfig } from '@/lib/config';
import { getDb, getDbHandle } from '@/lib/db';
import { log } from '@/lib/log';
import { heldLeaseCount, releaseHeldLeases } from '@/lib/payments/leases';
import { outboxWorkerBusy, stopOutboxWorker } from '@/lib/payments/runtime';
import { drainOnSignal } from './drain';
import { setDraining } from './draining';
import { closeIdleConnections, requestsInFlight, stopListening } from './http-servers';

/**
 * SIGTERM and SIGINT drain this instance (lib/ops/drain.ts) instead of Next's own handler,
 * which closes the server and exits 143 at once. Next leaves the signals alone only when
 * NEXT_MANUAL_SIG_HANDLE is set, as every way of starting the app does (scripts/start.sh,
 * playwright.config.ts, scripts/lib/next-server.ts).
 */
export function installShutdown(): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    if (process.env.NODE_ENV === 'production')
      log.warn('shutdown.not_graceful', {
        hint: 'set NEXT_MANUAL_SIG_HANDLE=1 so SIGTERM drains the instance (docs/operations.md)',
      });
    return;
  }
  const { shutdown, sandbox } = getConfig();
  const onSignal = drainOnSignal({
    graceMs: shutdown.graceMs,
    unreadyMs: shutdown.unreadyMs,
    listenWhileDelivering: sandbox,
    stopWork: () => {
      setDraining();
      stopOutboxWorker();
    },
    stopListening,
    closeIdleConnections,
    busy: () => ({
      requests: requestsInFlight(),
      deliveries: heldLeaseCount(),
      worker: outboxWorkerBusy(),
    }),
    releaseLeases: () => releaseHeldLeases(getDb()),
    closeDatabase: async () => {
      await getDbHandle().close();
      // The spans of the drain itself are sent too, while there is still time.
      if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT)
        await (await import('@/lib/telemetry/provider')).stopTracing();
    },
    log,
    exit: (code) => process.exit(code),
  });
  process.on('SIGTERM', (signal) => void onSignal(signal));
  process.on('SIGINT', (signal) => void onSignal(signal));
}
