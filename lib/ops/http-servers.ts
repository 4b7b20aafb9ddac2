import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The HTTP servers of this process and the requests they are answering, for the shutdown:
 * `next start` creates its server before instrumentation runs and does not hand it out, so the
 * server is recognised by the requests it emits (as lib/http/client-address.ts stamps them).
 */

interface Tracked {
  servers: Set<Server>;
  inFlight: number;
}

// One record per process, whichever bundle asks.
const globalForServers = globalThis as unknown as { __lalo_http?: Tracked };
const tracked = (globalForServers.__lalo_http ??= { servers: new Set(), inFlight: 0 });

const patched = new WeakSet<object>();

export function trackHttpServers(http: { Server: typeof Server }): void {
  if (patched.has(http.Server.prototype)) return;
  patched.add(http.Server.prototype);
  const emit = http.Server.prototype.emit as (this: Server, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: Server, ...args: unknown[]) {
    if (args[0] === 'request') {
      tracked.servers.add(this);
      tracked.inFlight++;
      const res = args[2] as ServerResponse<IncomingMessage>;
      // 'close' comes once per response, finished or cut.
      res.once('close', () => tracked.inFlight--);
    }
    return emit.apply(this, args);
  } as Server['emit'];
}

export function requestsInFlight(): number {
  return tracked.inFlight;
}

/** Stops listening; idle keep-alive connections go now, busy ones once they are answered. */
export function stopListening(): void {
  for (const server of tracked.servers) {
    server.close();
    server.closeIdleConnections();
  }
}

/** Connections that have just finished a response are closed rather than kept alive. */
export function closeIdleConnections(): void {
  for (const server of tracked.servers) server.closeIdleConnections();
}
