import { NextResponse, type NextRequest } from 'next/server';
import { HSTS, STATIC_SECURITY_HEADERS } from '@/lib/http/static-headers.mjs';
import { localizedPath, withoutLocale } from '@/i18n/locale-rewrite';
import { internalOrigin } from '@/lib/http/internal-origin';
import { PRERENDERED_PAGES } from '@/lib/http/prerendered';
import { isClosedSandboxPath } from '@/lib/sandbox/guard';
import { contentSecurityPolicy, isCrossSiteWrite } from '@/lib/security-headers';

// Auth.js names its cookie with the __Secure- prefix over HTTPS.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * The nonce of the prerendered pages, one per process: Next renders such a page on its first
 * request, with that request's nonce, and serves the same HTML to everyone after. A fresh one
 * per start (their cache is in memory only: next.config.mjs). It is public once a page is
 * read, which matters only where markup from a request can be injected, and a prerendered
 * page holds none; it still keeps out inline handlers, `javascript:` URLs and other origins.
 */
const PRERENDERED_NONCE = Buffer.from(crypto.randomUUID()).toString('base64');

const isAgentArea = (path: string) => path === '/agent' || path.startsWith('/agent/');

function withSecurityHeaders(response: NextResponse, csp: string) {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS))
    response.headers.set(name, value);
  if (process.env.NODE_ENV === 'production')
    response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

/**
 * Every request: a CSP nonce (Next adds it to its own scripts; fresh for each request, but for
 * the prerendered pages), the security headers, the sandbox closed when it is off, and a
 * refusal of state-changing requests a browser sends from another site. For the agent area it
 * only redirects visitors without any session cookie to the sign-in page: every page, action
 * and route checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const page = withoutLocale(pathname);
  const prerendered =
    (request.method === 'GET' || request.method === 'HEAD') && PRERENDERED_PAGES.has(page);
  const nonce = prerendered
    ? PRERENDERED_NONCE
    : Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (isClosedSandboxPath(page))
    return withSecurityHeaders(new NextResponse('Not Found', { status: 404 }), csp);
  if (isCrossSiteWrite(request.method, request.headers)) {
    return withSecurityHeaders(
      NextResponse.json({ error: 'Cross-site request refused' }, { status: 403 }),
      csp,
    );
  }
  if (
    isAgentArea(pathname) &&
    pathname !== '/agent/connexion' &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = '/agent/connexion';
    url.search = `?from=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url), csp);
  }
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const localized = localizedPath(pathname, request.cookies);
  if (!localized) return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
  const url = new URL(`${localized}${search}`, internalOrigin());
  return withSecurityHeaders(NextResponse.rewrite(url, { request: { headers } }), csp);
}

export const config = {
  // Everything but the build's immutable files and NON_HTML_PATHS (lib/http/static-headers.mjs):
  // their headers come from next.config. Next needs this pattern as a literal.
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|icon\\.svg$|api/health$|api/ready$|api/metrics$|api/receipts/|api/contracts/|api/cinetpay/|sandbox/(?:enov|lovat|sms)/api/|sandbox/cinetpay/v2/).*)',
    },
  ],
};
