// @ts-check
// Plain JavaScript so that next.config.mjs, which Node loads untranspiled, can import it.

/**
 * The security headers every response gets, whatever its kind (the CSP aside).
 * @type {Record<string, string>}
 */
export const STATIC_SECURITY_HEADERS = {
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
  // The probes and the scraper: a load balancer or Prometheus, never a browser.
  '/api/health',
  '/api/ready',
  '/api/metrics',
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

/**
 * @param {boolean} production HSTS only where the site is served over HTTPS.
 * @returns {Array<{ key: string; value: string }>}
 */
export function nonHtmlHeaders(production) {
  /** @type {Record<string, string>} */
  const headers = { ...STATIC_SECURITY_HEADERS, 'Content-Security-Policy': NON_HTML_CSP };
  if (production) headers['Strict-Transport-Security'] = HSTS;
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}
