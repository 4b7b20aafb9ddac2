import { NextResponse, type NextRequest } from 'next/server';

// Auth.js names its cookie with the __Secure- prefix over HTTPS.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Only a convenience: a visitor without any session cookie is sent to the sign-in page at once.
 * It checks nothing else; every agent page, action and route checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/agent/connexion') return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/agent/connexion';
  url.search = `?from=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/agent', '/agent/:path*'] };
