/**
 * The origin Next gives every request inside the server (its router's `initUrl`): the address
 * it was told to listen on, never the Host header a browser or nginx sent. A rewrite in
 * proxy.ts must be on this origin, or Next takes it for an external URL and proxies it over
 * HTTP. Standalone's server.js listens on HOSTNAME (scripts/lib/standalone.cjs sets it) and
 * PORT; `next dev` on localhost.
 */
export function internalOrigin(): string {
  const host =
    process.env.NODE_ENV === 'development' ? 'localhost' : process.env.HOSTNAME || '0.0.0.0';
  return `http://${host.includes(':') ? `[${host}]` : host}:${process.env.PORT || 3000}`;
}
