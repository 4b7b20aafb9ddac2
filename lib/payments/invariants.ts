import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';

/**
 * The money's invariants, as queries over our own tables: each returns the rows that break it,
 * so an empty list means the books hold. The property tests check them after random sequences
 * of captures, deliveries, refusals, refunds and chargebacks; the chaos run after every
 * scenario. Payments written before refunds were kept per invoice are left out (their partial
 * refunds named no invoice).
 */

const REFUND_KINDS = sql.raw(`('agent_refund', 'insurer_refusal')`);

const CHECKS: Record<string, ReturnType<typeof sql>> = {
  // Nothing gives back more than was taken, per payment.
  'refunded + charged back exceeds captured': sql`
    select reference from payments
    where refunded_amount < 0 or charged_back_amount < 0
      or refunded_amount + charged_back_amount > amount
      or (captured_at is null and refunded_amount + charged_back_amount > 0)`,
  // The payment's totals are exactly its invoices' reversals: each invoice given back once.
  'payment totals differ from its invoices’ reversals': sql`
    select p.reference from payments p join payment_allocations a on a.payment_id = p.id
    group by p.id
    having p.refunded_amount <> coalesce(sum(a.amount) filter (where a.reversal in ${REFUND_KINDS}), 0)
      or p.charged_back_amount <> coalesce(sum(a.amount) filter (where a.reversal = 'chargeback'), 0)`,
  // Every LOVAT refund / Charge back report matches recorded refunds, to the franc.
  'LOVAT reversal reports differ from recorded reversals': sql`
    select p.reference from payments p
    left join outbox_messages m on m.payment_id = p.id and m.kind = 'lovat_report'
    group by p.id
    having p.refunded_amount <> coalesce(sum((m.payload->>'amount')::int) filter (where m.payload->>'status' = 'refund'), 0)
      or p.charged_back_amount <> coalesce(sum((m.payload->>'amount')::int) filter (where m.payload->>'status' = 'Charge back'), 0)`,
  // An invoice the insurer accepted is refunded only on an agent's explicit, audited decision.
  'invoice accepted by the insurer and refunded without an audited override': sql`
    select a.notice_reference from payment_allocations a
    where a.insurer_confirmed_at is not null and a.reversal in ${REFUND_KINDS}
      and not (a.reversal = 'agent_refund' and a.reversal_overrode_insurer and exists (
        select 1 from audit_log l
        where l.action = 'payment.refund' and l.target_id = a.payment_id
          and l.detail->'overrodeInsurer' ? a.invoice_reference))`,
  // One notice per invoice payment, accepted at most once, and the invoice says so.
  'notice and invoice disagree': sql`
    select a.notice_reference from payment_allocations a
    join payments p on p.id = a.payment_id and p.captured_at is not null
    left join outbox_messages m on m.dedupe_key = 'ipn:' || a.notice_reference
    where m.id is null
      or (m.status = 'delivered') <> (a.insurer_confirmed_at is not null)
      or (m.status = 'refused') <> (a.insurer_refused_code is not null)
      or (m.status = 'cancelled' and a.reversal is null)`,
};

export async function moneyViolations(db: Db): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, query] of Object.entries(CHECKS)) {
    const { rows } = await db.execute<Record<string, string>>(query);
    if (rows.length > 0)
      problems.push(
        `${name}: ${rows.length} (${rows
          .slice(0, 5)
          .map((r) => Object.values(r)[0])
          .join(', ')})`,
      );
  }
  return problems;
}
