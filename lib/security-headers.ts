/**
 * The security headers of every response, and the Content-Security-Policy of this request.
 * Pure, so the proxy and the tests share it. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's own loader add its chunks); nothing may frame the app.
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

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Responses that are never HTML (JSON routes, the emulated upstreams' endpoints, the icon) skip
 * the proxy: a nonce buys them nothing, and the proxy is a measurable share of their cost. They
 * get these fixed headers from next.config instead, with a policy that lets nothing run at all.
 * `proxy.ts`'s matcher leaves out exactly these paths; tests/security.int.test.ts checks both.
 */
export const NON_HTML_PATHS = [
  '/icon.svg',
  '/api/health',
  '/api/receipts/:path*',
  '/api/contracts/:path*',
  // CinetPay's notifications (its servers) and the customer's return (a form posted from
  // CinetPay's site, which the proxy's cross-site refusal would stop).
  '/api/cinetpay/:path*',
  '/sandbox/:upstream(enov|lovat|sms)/api/:path*',
  '/sandbox/cinetpay/v2/:path*',
];

export const NON_HTML_CSP =
  "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function nonHtmlHeaders(production: boolean): Array<{ key: string; value: string }> {
  const headers: Record<string, string> = {
    ...STATIC_SECURITY_HEADERS,
    'Content-Security-Policy': NON_HTML_CSP,
  };
  if (production) headers['Strict-Transport-Security'] = HSTS;
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
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
