import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/open';
import { isCrossSiteWrite } from '@/lib/security-headers';
import { controlAllowed } from './guard';
import { sandboxDisabled } from './http';

/**
 * Wraps a control-API handler: 404 when the sandbox is off, 403 for a client that may not
 * control it (see guard.ts), a refusal of cross-site writes
 * (a page elsewhere must not reset or fault this sandbox through a visitor's browser), and a
 * JSON 400 for a body that is not JSON.
 */
export function controlRoute(handle: (db: Db, request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const disabled = sandboxDisabled();
    if (disabled) return disabled;
    if (!controlAllowed(request.headers)) {
      return Response.json(
        {
          error:
            'The sandbox control API answers clients on this machine, or with SANDBOX_CONTROL_TOKEN.',
        },
        { status: 403 },
      );
    }
    if (request.method !== 'GET' && crossSite(request)) {
      return Response.json({ error: 'Cross-site requests are refused.' }, { status: 403 });
    }
    try {
      return await handle(getDb(), request);
    } catch (error) {
      if (error instanceof SyntaxError) {
        return Response.json({ error: 'The body is not valid JSON.' }, { status: 400 });
      }
      throw error;
    }
  };
}

function crossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  // Against the Host the browser used, as the proxy checks: request.url names the address the
  // server listens on (HOSTNAME of the standalone server), which a browser never sees.
  return isCrossSiteWrite(request.method, request.headers);
}

export function numberParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}
