import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { audited } from '../../lib/audit/audit';
import { openDatabase } from '../../lib/db/open';
import { recordChargeback, refundPayment } from '../../lib/payments/agent-operations';
import { sleep } from './harness';

/**
 * Agents at work during the load: refunds of one invoice or all, with and without the override
 * for invoices the insurer accepted, and chargebacks, on random captured payments, through the
 * same audited operations as the agents' actions, while the insurer refuses some notices.
 */
export function agentsAtWork(dbUrl: string) {
  const handle = openDatabase({ kind: 'postgres', url: dbUrl });
  let stopped = false;
  let done = 0;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await handle.db.execute<{ id: string; invoice: string }>(sql`
        select p.id, (select a.invoice_reference from payment_allocations a where a.payment_id = p.id
                      order by random() limit 1) as invoice
        from payments p where p.state in ('captured', 'confirmed', 'needs_attention')
        order by random() limit 1`);
      const target = rows[0];
      if (target) {
        const roll = Math.random();
        const entry = {
          requestId: randomUUID(),
          actor: { id: 'chaos-agent', email: 'chaos@lalo.test' },
          action: roll < 0.1 ? ('payment.chargeback' as const) : ('payment.refund' as const),
          targetType: 'payment' as const,
          targetId: target.id,
          reason: 'chaos',
        };
        await audited(handle.db, entry, (tx) =>
          roll < 0.1
            ? recordChargeback(tx, target.id)
            : refundPayment(tx, target.id, roll < 0.4 ? 'all' : [target.invoice], {
                overrideInsurer: roll > 0.7,
              }),
        )
          .then((r) => void (r.status === 'done' && (done += 1)))
          .catch((error: unknown) => console.error('chaos agent:', error));
      }
      await sleep(50);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await handle.close();
    return done;
  };
}
