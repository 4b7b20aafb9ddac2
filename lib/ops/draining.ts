/**
 * Whether this instance is draining: it has been asked to stop (SIGTERM) and finishes what it
 * holds. /api/ready then answers 503 so the load balancer sends new requests elsewhere, while
 * /api/health stays 200 so nothing kills the process before it is done.
 */

// Set by the signal handler (instrumentation layer), read by the route (app layer): one flag
// per process, not one per bundle.
const globalForOps = globalThis as unknown as { __lalo_draining?: boolean };

export function setDraining(draining = true): void {
  globalForOps.__lalo_draining = draining;
}

export function isDraining(): boolean {
  return globalForOps.__lalo_draining === true;
}
