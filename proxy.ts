import { NextResponse, type NextRequest } from 'next/server';
import { HSTS, STATIC_SECURITY_HEADERS } from '@/lib/http/static-headers.mjs';
import { contentSecurityPolicy, isCrossSiteWrite } from '@/lib/security-headers';

// Auth.js names its cookie with the __Secure- prefix over HTTPS.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

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
 * Every request: a fresh CSP nonce (Next adds it to its own scripts), the security headers,
 * and a refusal of state-changing requests a browser sends from another site. For the agent
 * area it only redirects visitors without any session cookie to the sign-in page: every page,
 * action and route checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (isCrossSiteWrite(request.method, request.headers)) {
    return withSecurityHeaders(
      NextResponse.json({ error: 'Cross-site request refused' }, { status: 403 }),
      csp,
    );
  }
  const { pathname, search } = request.nextUrl;
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
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
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
