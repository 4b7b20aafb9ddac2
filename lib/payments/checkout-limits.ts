import type { Db } from '@/lib/db/open';
import { hitRateLimit, hitRateLimits } from '@/lib/db/queries/rate-limit';
import type { CheckoutRequest } from './types';

export interface CheckoutLimits {
  perClient: number;
  perContract: number;
  windowMs: number;
  walletPushesPerContract: number;
  walletPushWindowMs: number;
}

export type CheckoutRefusal = 'tooManyCheckouts' | 'tooManyWalletRequests';

/**
 * Whether a new checkout may start. Each one asks the insurer what a contract owes (left free,
 * an oracle of which contracts exist) and may hold its invoices: counted per client and per
 * contract, and mobile-money pushes per contract, since an unanswered push holds the invoices
 * until it expires. Every count is one atomic upsert shared by all instances.
 */
export async function admitCheckout(
  db: Db,
  limits: CheckoutLimits,
  req: Pick<CheckoutRequest, 'customerIp' | 'contractId' | 'method'>,
  now = new Date(),
): Promise<CheckoutRefusal | null> {
  // Both counts in one upsert: one round trip.
  const [client, contract] = await hitRateLimits(
    db,
    [
      {
        key: `checkout:client:${req.customerIp ?? 'unknown'}`,
        limit: limits.perClient,
        windowMs: limits.windowMs,
      },
      {
        key: `checkout:contract:${req.contractId}`,
        limit: limits.perContract,
        windowMs: limits.windowMs,
      },
    ],
    now,
  );
  if (!client!.allowed || !contract!.allowed) return 'tooManyCheckouts';
  if (req.method === 'card') return null;
  const pushes = await hitRateLimit(
    db,
    `checkout:wallet-push:${req.contractId}`,
    limits.walletPushesPerContract,
    limits.walletPushWindowMs,
    now,
  );
  return pushes.allowed ? null : 'tooManyWalletRequests';
}
