import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { hitRateLimit } from '@/lib/db/queries/rate-limit';
import { log } from '@/lib/log';

/** The client's address: the first hop a proxy reports, else the connection's. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local';
}

/**
 * Counts a contract look-up for this client, in the database so every instance shares the
 * count; past the limit, the client is sent to the 429 page with when to come back.
 */
export async function limitContractLookups(): Promise<void> {
  const { max, windowMs } = getConfig().lookupLimit;
  const ip = await clientAddress();
  const result = await hitRateLimit(getDb(), `lookup:${ip}`, max, windowMs);
  if (result.allowed) return;
  const retry = Math.max(1, Math.ceil((result.resetAt.getTime() - Date.now()) / 1000));
  log.warn('lookup.rate_limited', { ip, hits: result.hits });
  redirect(`/trop-de-demandes?retry=${retry}`);
}
