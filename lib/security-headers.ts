/**
 * The Content-Security-Policy of a page request, and the cross-site write check; the headers
 * that never change are in lib/http/static-headers.mjs. Pure, so the proxy and the tests share
 * it. Scripts run only with this request's nonce ('strict-dynamic' lets Next's own loader add
 * its chunks); nothing may frame the app.
 */

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Next set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request sent by a browser from another site: its Origin (or, failing that,
 * its Referer) names a host other than ours. Server-to-server calls send neither and pass.
 */
export function isCrossSiteWrite(
  method: string,
  headers: { get(name: string): string | null },
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const source = headers.get('origin') ?? headers.get('referer');
  if (!source || source === 'null') return source === 'null';
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(source).host !== host;
  } catch {
    return true;
  }
}
