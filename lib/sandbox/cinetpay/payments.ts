import 'server-only';
import { and, eq, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { sandboxCinetpayTransactions, type CinetpayTransactionRow } from '../schema';
import { methodsFor, OUTCOME_CODE, type CinetpayMethod, type Outcome } from './codes';
import { notifyInBackground } from './notify';

/** How long "pending then accepted" waits for the customer's confirmation by default. */
export const PENDING_DELAY_MS = 5_000;

const T = sandboxCinetpayTransactions;

export async function findTransaction(
  db: Db,
  by: { siteId?: string; transactionId?: string; token?: string },
): Promise<CinetpayTransactionRow | undefined> {
  const conditions = [
    by.token ? eq(T.token, by.token) : undefined,
    by.transactionId ? eq(T.transactionId, by.transactionId) : undefined,
    by.siteId ? eq(T.siteId, by.siteId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (!by.token && !by.transactionId) return undefined;
  const [row] = await db
    .select()
    .from(T)
    .where(and(...conditions))
    .limit(1);
  return row;
}

// "MP220915.2257.A76307", the shape of the operator ids CinetPay's documentation shows.
function operatorId(method: string, at: Date): string {
  const stamp = at.toISOString().replace(/\D/g, '');
  const serial = String(Math.floor(Math.random() * 100_000)).padStart(5, '0');
  return `${method.slice(0, 2)}${stamp.slice(2, 8)}.${stamp.slice(8, 12)}.A${serial}`;
}

const accepted = (method: string, at: Date) => ({
  status: 'ACCEPTED',
  code: OUTCOME_CODE.accepted,
  operatorId: operatorId(method, at),
  paymentDate: at,
});

export type FinishResult =
  | { ok: true; transaction: CinetpayTransactionRow }
  | { ok: false; reason: 'not_found' | 'final' | 'method' };

/**
 * Ends (or, for `pending`, suspends) a payment the way the customer would on the guichet: one
 * conditional update per change, so a double submission or a race with the pending timer
 * changes it once, and each change is notified once.
 */
export async function finishPayment(
  db: Db,
  id: number,
  input: { outcome: Outcome; method: CinetpayMethod; delayMs?: number; appUrl: string },
): Promise<FinishResult> {
  const [current] = await db.select().from(T).where(eq(T.id, id));
  if (!current) return { ok: false, reason: 'not_found' };
  if (!methodsFor(current.channels).includes(input.method)) return { ok: false, reason: 'method' };
  const now = new Date();
  const delay = input.delayMs ?? PENDING_DELAY_MS;
  const set =
    input.outcome === 'pending'
      ? { code: OUTCOME_CODE.pending, acceptAt: new Date(now.getTime() + delay) }
      : input.outcome === 'accepted'
        ? { ...accepted(input.method, now), acceptAt: null }
        : { status: 'REFUSED', code: OUTCOME_CODE[input.outcome], acceptAt: null };
  const [row] = await db
    .update(T)
    .set({ ...set, paymentMethod: input.method })
    .where(
      and(
        eq(T.id, id),
        eq(T.status, 'WAITING_FOR_CUSTOMER'),
        // Once pushed, the guichet waits; only the control API may still end it otherwise.
        input.outcome === 'pending' ? isNull(T.acceptAt) : undefined,
      ),
    )
    .returning();
  if (!row) return { ok: false, reason: 'final' };
  notifyInBackground(db, row, input.appUrl);
  if (input.outcome === 'pending') {
    setTimeout(() => {
      settleDue(db, row, input.appUrl).catch(() => {});
    }, delay);
  }
  return { ok: true, transaction: row };
}

/**
 * A pending payment whose confirmation time has come is accepted, by its timer or by whoever
 * reads it first (a check, the guichet, the control API): after a restart there is no timer.
 */
export async function settleDue(
  db: Db,
  tx: CinetpayTransactionRow,
  appUrl: string,
): Promise<CinetpayTransactionRow> {
  if (tx.status !== 'WAITING_FOR_CUSTOMER' || !tx.acceptAt || tx.acceptAt > new Date()) return tx;
  const [row] = await db
    .update(T)
    .set(accepted(tx.paymentMethod ?? 'OM', tx.acceptAt))
    .where(
      and(
        eq(T.id, tx.id),
        eq(T.status, 'WAITING_FOR_CUSTOMER'),
        isNotNull(T.acceptAt),
        lte(T.acceptAt, sql`now()`),
      ),
    )
    .returning();
  if (row) {
    notifyInBackground(db, row, appUrl);
    return row;
  }
  const [fresh] = await db.select().from(T).where(eq(T.id, tx.id));
  return fresh ?? tx;
}
