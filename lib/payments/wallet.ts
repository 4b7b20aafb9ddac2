import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { payments } from '@/lib/db/schema';
import { captureNow } from './checkout';
import { walletDecision } from './processor';
import { paymentById, releaseInvoices, transition } from './repository';

/**
 * Moves a mobile-money payment on once the customer answered the push (or never did). Safe to
 * call from the receipt's polling and from every instance's worker alike: the conditional
 * transitions let one caller win.
 */
export async function advanceWalletPayment(db: Db, id: string, delayMs: number, now = new Date()) {
  const payment = await paymentById(db, id);
  if (!payment || payment.state !== 'awaiting_approval' || !payment.walletNumber) return payment;
  const decision = walletDecision(
    payment.walletNumber,
    payment.createdAt,
    payment.approvalExpiresAt ?? now,
    now,
    delayMs,
  );
  if (decision.status === 'approved') {
    if (await transition(db, id, ['awaiting_approval'], 'authorised')) await captureNow(db, id);
  } else if (decision.status === 'declined' || decision.status === 'expired') {
    const to = decision.status === 'declined' ? 'declined' : 'expired';
    const reason = decision.status === 'declined' ? decision.reason : 'wallet_no_answer';
    if (await transition(db, id, ['awaiting_approval'], to, { stateReason: reason }))
      await releaseInvoices(db, id);
  }
  return paymentById(db, id);
}

export async function advanceWalletPayments(db: Db, delayMs = 3_000, now = new Date()) {
  const waiting = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.state, 'awaiting_approval'), lte(payments.createdAt, now)))
    .limit(100);
  for (const { id } of waiting) await advanceWalletPayment(db, id, delayMs, now);
}
