import type { Client } from 'pg';
import type { Db } from '../../lib/db/open';
import { moneyViolations } from '../../lib/payments/invariants';
import { syntheticInvoices } from '../../lib/sandbox/synthetic';
import { sleep } from './harness';

/** What the chaos run checks once a scenario's load is over: drained, then every invariant. */

export async function drain(db: Client, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query<{ open: string; pending: string }>(`
      select (select count(*) from payments where state in ('pending','awaiting_approval','authorised','captured')) as open,
             (select count(*) from outbox_messages where status = 'pending') as pending`);
    if (rows[0]!.open === '0' && rows[0]!.pending === '0') return;
    if (Date.now() > deadline) {
      const stuck = await db.query(`
        select p.reference, p.state, m.kind, m.status, m.attempts, m.next_attempt_at, m.lease_until, m.last_error
        from payments p left join outbox_messages m on m.payment_id = p.id and m.status = 'pending'
        where p.state in ('pending','awaiting_approval','authorised','captured') or m.id is not null
        limit 12`);
      throw new Error(
        `not drained: ${JSON.stringify(rows[0])}\n${JSON.stringify(stuck.rows, null, 1)}`,
      );
    }
    await sleep(500);
  }
}

/** The invariants, as SQL over our tables and the sandbox's (they share the database). */
export async function check(db: Client, books: Db, attempts: string[]) {
  const q = async (text: string) => (await db.query(text)).rows;
  const problems: string[] = [];
  const counted = (await q('select count(*)::int as n from payments')) as Array<{ n: number }>;
  const paymentCount = counted[0]?.n ?? 0;
  if (paymentCount !== attempts.length)
    problems.push(`${paymentCount} payments for ${attempts.length} checkout attempts`);
  const open = await q(
    `select reference, state from payments where state not in ('confirmed','declined','failed','expired','refunded','charged_back')`,
  );
  if (open.length)
    problems.push(`${open.length} payments not final: ${JSON.stringify(open.slice(0, 5))}`);
  // Applied by the insurer exactly once when our notice was delivered, never otherwise (refused
  // by the insurer, or cancelled by a refund before it went out).
  const ipn = await q(`
    select a.notice_reference, a.amount, m.status, count(n.id) filter (where n.applied) as applied,
           sum(n.montant) filter (where n.applied) as applied_amount
    from payment_allocations a join payments p on p.id = a.payment_id
    join outbox_messages m on m.dedupe_key = 'ipn:' || a.notice_reference
    left join sandbox_enov_notifications n on n.refpaiement = a.notice_reference
    where p.captured_at is not null
    group by a.notice_reference, a.amount, m.status
    having count(n.id) filter (where n.applied) <> (case when m.status = 'delivered' then 1 else 0 end)
      or (m.status = 'delivered' and sum(n.montant) filter (where n.applied) <> a.amount)`);
  if (ipn.length)
    problems.push(
      `${ipn.length} notices not applied exactly as delivered: ${JSON.stringify(ipn.slice(0, 5))}`,
    );
  const lovat = await q(`
    select p.reference, count(r.id) as reports
    from payments p left join sandbox_lovat_reports r
      on r.transaction_id = p.reference and r.status = 'success' and r.fields->>'transaction_sum' = p.amount::text
    where p.captured_at is not null group by p.reference having count(r.id) <> 1`);
  if (lovat.length)
    problems.push(
      `${lovat.length} payments not reported as Success exactly once: ${JSON.stringify(lovat.slice(0, 5))}`,
    );
  const invoices = (await q(`
    select i.reference, i.idcontrat, i.montant_regle,
      coalesce((select sum(a.amount) from payment_allocations a join payments p on p.id = a.payment_id
                where a.invoice_reference = i.reference and p.captured_at is not null
                  and a.insurer_confirmed_at is not null), 0) as ours
    from sandbox_enov_invoices i where i.idcontrat like '9%'`)) as Array<{
    reference: string;
    idcontrat: string;
    montant_regle: number;
    ours: string;
  }>;
  const wrong = invoices.filter((i) => {
    const initial =
      syntheticInvoices(i.idcontrat).find((s) => s.reference === i.reference)?.montantRegle ?? 0;
    return i.montant_regle - initial !== Number(i.ours);
  });
  if (wrong.length)
    problems.push(`${wrong.length} invoices whose paid amount differs from our captures`);
  const doubled = await q(
    `select message_id, count(*) from delivery_attempts where outcome = 'delivered' group by message_id having count(*) > 1`,
  );
  if (doubled.length) problems.push(`${doubled.length} messages delivered more than once by us`);
  const unsent = await q(
    `select kind, status, count(*) from outbox_messages where kind = 'lovat_report' and status <> 'delivered' group by kind, status`,
  );
  if (unsent.length) problems.push(`LOVAT reports not delivered: ${JSON.stringify(unsent)}`);
  problems.push(...(await moneyViolations(books)));
  // A hosted processor's payment is taken only on a verification that said so.
  const unverified = await q(`
    select p.reference from payments p
    where p.processor <> 'simulated' and p.captured_at is not null and not exists (
      select 1 from processor_events e
      where e.payment_id = p.id and e.kind = 'verification' and e.outcome = 'approved')`);
  if (unverified.length)
    problems.push(`${unverified.length} payments captured without a verification that said so`);
  const [stats] = await q(`
    select (select count(*) from delivery_attempts where outcome <> 'delivered')::int as failed_attempts,
           (select coalesce(sum(repeats), 0) from sandbox_enov_notifications)::int as ipn_repeats,
           (select coalesce(sum(repeats), 0) from sandbox_lovat_reports)::int as lovat_repeats,
           (select count(*) from payments where captured_at is not null)::int as captured`);
  return { problems, stats: stats as Record<string, number> };
}
