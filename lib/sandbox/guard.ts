import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import { forbidden, notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { isLoopback } from '@/lib/http/client-address';
import { addressOf } from '@/lib/rate-limit';

/** Every sandbox page and action starts here: with real upstreams, the sandbox does not exist. */
export function requireSandbox(): void {
  if (!getConfig().sandbox) notFound();
}

/**
 * For proxy.ts: an address of the sandbox while it is off. Its pages also check for themselves
 * (requireSandbox); a prerendered one cannot, its HTML being made once for everyone.
 */
export function isClosedSandboxPath(pathname: string): boolean {
  return (pathname === '/sandbox' || pathname.startsWith('/sandbox/')) && !getConfig().sandbox;
}

/**
 * The control page and API (journal, faults, reset) show customers' phones and addresses and
 * can break the demo: they answer a client on this machine, or one that presents
 * SANDBOX_CONTROL_TOKEN, never anyone on a public address.
 */
export function controlAllowed(h: Pick<Headers, 'get'>): boolean {
  if (isLoopback(addressOf(h))) return true;
  const token = getConfig().sandboxControlToken;
  const given = h.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
  if (!token || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** For the control page and its actions: the sandbox, and a client allowed to control it. */
export async function requireSandboxControl(): Promise<void> {
  requireSandbox();
  if (!controlAllowed(await headers())) forbidden();
}
