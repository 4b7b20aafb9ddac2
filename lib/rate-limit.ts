import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { hitRateLimit } from '@/lib/db/queries/rate-limit';
import { clientAddressOf } from '@/lib/http/client-address';
import { log } from '@/lib/log';

/** The client's address in a set of request headers, as far as our own proxies vouch for it. */
export function addressOf(h: Pick<Headers, 'get'>): string {
  return clientAddressOf(h, getConfig().trustedProxyHops);
}

/** The client's address of the request being served. */
export async function clientAddress(): Promise<string> {
  return addressOf(await headers());
}

/**
 * Counts a contract look-up for this client, in the database so every instance shares the
 * count; past the limit, says in how many seconds the client may come back.
 */
export async function countContractLookup(): Promise<
  { allowed: true } | { allowed: false; retryAfterS: number }
> {
  const { max, windowMs } = getConfig().lookupLimit;
  const ip = await clientAddress();
  const result = await hitRateLimit(getDb(), `lookup:${ip}`, max, windowMs);
  if (result.allowed) return { allowed: true };
  log.warn('lookup.rate_limited', { ip, hits: result.hits });
  const retryAfterS = Math.max(1, Math.ceil((result.resetAt.getTime() - Date.now()) / 1000));
  return { allowed: false, retryAfterS };
}

/** For pages: past the limit, the client is sent to the 429 page with when to come back. */
export async function limitContractLookups(): Promise<void> {
  const count = await countContractLookup();
  if (!count.allowed) redirect(`/trop-de-demandes?retry=${count.retryAfterS}`);
}
