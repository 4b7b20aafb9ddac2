import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { scrubText } from '@/lib/telemetry/scrub';
import { clientAddressOf } from './client-address';

/**
 * One line per request (`http.request`), written when its response ends or is cut: method,
 * path, status, duration, the client's address as the limits see it (lib/http/client-address.ts,
 * so a proxy's hops are counted the same way) and the proxy's request id. nginx sends its
 * `$request_id` as X-Request-Id (deploy/nginx/lalo-paiement.conf) and logs the same id, so an
 * operator goes from a line of the proxy's log to the instance's.
 */

export interface RequestLine {
  method: string;
  path: string;
  status: number;
  ms: number;
  client: string;
  request_id?: string;
  aborted?: true;
}

// What a proxy's id looks like (nginx: 32 hex digits; others: UUIDs, dotted or colon forms).
const REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestLine(
  req: IncomingMessage,
  res: ServerResponse,
  ms: number,
  trustedHops: number,
): RequestLine {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? null);
  };
  const id = header('x-request-id');
  // The query is left out (a return from CinetPay carries its references there), and so is a
  // receipt's key, which is the receipt's only lock.
  const path = scrubText((req.url ?? '').split('?')[0] ?? '');
  return {
    method: req.method ?? '',
    path,
    status: res.statusCode,
    ms: Math.round(ms),
    client: clientAddressOf({ get: header }, trustedHops),
    ...(id && REQUEST_ID.test(id) ? { request_id: id } : {}),
    ...(res.writableFinished ? {} : { aborted: true as const }),
  };
}

const patched = new WeakSet<object>();

/** Patches the prototype, as lib/ops/http-servers.ts does, to reach the server Next made. */
export function logRequests(
  http: { Server: typeof Server },
  write: (line: RequestLine) => void,
  trustedHops: () => number,
): void {
  if (patched.has(http.Server.prototype)) return;
  patched.add(http.Server.prototype);
  const emit = http.Server.prototype.emit as (this: Server, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: Server, ...args: unknown[]) {
    if (args[0] === 'request') {
      const started = performance.now();
      const req = args[1] as IncomingMessage;
      const res = args[2] as ServerResponse;
      res.once('close', () => {
        try {
          write(requestLine(req, res, performance.now() - started, trustedHops()));
        } catch {
          // A log line is never worth a request: a bad configuration is bootstrap's to report.
        }
      });
    }
    return emit.apply(this, args);
  } as Server['emit'];
}
