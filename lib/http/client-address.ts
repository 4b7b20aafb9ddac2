/**
 * Who is asking: the one place that decides which address a request comes from, for the
 * look-up and sign-in limits, the checkout limits, the sandbox's control API and the
 * `customer_ip` reported to LOVAT.
 *
 * A client can write any X-Forwarded-For it likes, and Next only adds the socket's address
 * when the header is absent. So the socket's address is stamped on every request before Next
 * sees it (`stampPeerAddress`, installed from instrumentation.ts), and forwarded addresses are
 * believed only as far as `trustedHops` proxies of ours appended them, counted from the right:
 * each proxy appends the address it saw, so the right-most entries are the only ones written by
 * someone we trust.
 */

import type { IncomingMessage, Server } from 'node:http';
import { isIPv4 } from 'node:net';

/** Set by the server itself on every request; any value a client sends is overwritten. */
export const PEER_HEADER = 'x-lalo-peer-address';

export function clientAddressOf(h: Pick<Headers, 'get'>, trustedHops: number): string {
  const peer = h.get(PEER_HEADER) || 'unknown';
  const forwarded = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  // The chain from the nearest hop outwards: our socket's peer, then what each proxy saw.
  const chain = [peer, ...forwarded.reverse()];
  return chain[Math.min(trustedHops, chain.length - 1)]!;
}

/** Loopback: the machine itself (a developer, the tests, a co-located tool). */
export function isLoopback(address: string): boolean {
  // An IPv4 address as an IPv6 socket reports it: ::ffff:127.0.0.1.
  const a = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || (isIPv4(a) && a.startsWith('127.'));
}

const stamped = new WeakSet<object>();

/**
 * Writes the socket's address into PEER_HEADER on every request this process serves, before
 * any handler runs. Patching the prototype reaches the server Next has already created.
 */
export function stampPeerAddress(http: { Server: typeof Server }): void {
  if (stamped.has(http.Server.prototype)) return;
  stamped.add(http.Server.prototype);
  const emit = http.Server.prototype.emit as (this: Server, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: Server, ...args: unknown[]) {
    if (args[0] === 'request') {
      const req = args[1] as IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? 'unknown';
    }
    return emit.apply(this, args);
  } as Server['emit'];
}
