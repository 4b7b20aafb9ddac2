import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { outboxEntries } from '@/lib/db/schema';

/**
 * The outbox claims this process holds while it delivers them, so that a shutdown can hand
 * them back at once instead of making other instances wait for the leases to run out.
 */

// One set per process: kickDelivery runs in route bundles, the worker and the shutdown in the
// instrumentation bundle, and all of them must see the same claims.
const globalForLeases = globalThis as unknown as { __lalo_held_leases?: Set<string> };
const held = (globalForLeases.__lalo_held_leases ??= new Set<string>());

export function holdLease(token: string): void {
  held.add(token);
}

export function dropLease(token: string): void {
  held.delete(token);
}

/** Claims being delivered right now by this process. */
export function heldLeaseCount(): number {
  return held.size;
}

/**
 * Makes the entries this process still holds claimable again, now. A delivery that finishes
 * afterwards no longer holds the lease, so its result is not recorded (recordDelivery): the next
 * claimant's attempt counts. Returns the ids of the released entries.
 */
export async function releaseHeldLeases(db: Db): Promise<number[]> {
  const tokens = [...held];
  if (tokens.length === 0) return [];
  const released = await db
    .update(outboxEntries)
    .set({ leaseToken: null, leaseUntil: null })
    .where(and(inArray(outboxEntries.leaseToken, tokens), eq(outboxEntries.status, 'pending')))
    .returning({ id: outboxEntries.id });
  held.clear();
  return released.map((r) => r.id);
}
