import { insertPaymentRow } from '@/tests/support/money';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/open';
import { outboxEntries, paymentAllocations } from '@/lib/db/schema';
import { backends } from '@/tests/support/databases';
import { parsePaymentFilter } from './payment-filter';
import { allPayments, dashboardFigures, searchPayments, startOfWeek } from './queries';

const billing = { address: 'Plateau', city: 'Abidjan', country: 'CIV', phone: '+2250700000001' };

async function addPayment(
  db: DbHandle['db'],
  over: {
    ref: string;
    contract: string;
    state: string;
    method?: string;
    at: string;
    invoice: string;
  },
) {
  const id = await insertPaymentRow(db, {
    reference: over.ref,
    contractId: over.contract,
    method: over.method ?? 'card',
    billing,
    state: over.state,
    createdAt: new Date(over.at),
    capturedAt: new Date(over.at),
  });
  await db.insert(paymentAllocations).values({
    paymentId: id,
    invoiceReference: over.invoice,
    position: 0,
    amount: 10_000,
    remainingBefore: 10_000,
    noticeReference: `${over.ref}-1`,
    inFlight: false,
  });
  return id;
}

describe.each(backends)('agent read models on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    handle = await backend.open();
    const db = handle.db;
    ids.a = await addPayment(db, {
      ref: 'PAY-AAAA',
      contract: '9000000001',
      state: 'confirmed',
      at: '2026-11-23T08:00:00Z',
      invoice: 'FAC-1',
    });
    ids.b = await addPayment(db, {
      ref: 'PAY-BBBB',
      contract: '9000000001',
      state: 'needs_attention',
      method: 'wave',
      at: '2026-11-22T08:00:00Z',
      invoice: 'FAC-2',
    });
    ids.c = await addPayment(db, {
      ref: 'PAY-CCCC',
      contract: '9000000002',
      state: 'declined',
      at: '2026-11-10T08:00:00Z',
      invoice: 'FAC-3',
    });
    await db.insert(outboxEntries).values([
      {
        paymentId: ids.b,
        kind: 'enov_ipn',
        dedupeKey: 'k1',
        payload: {},
        status: 'dead',
        attempts: 5,
      },
      {
        paymentId: ids.a,
        kind: 'enov_ipn',
        dedupeKey: 'k2',
        payload: {},
        status: 'delivered',
        attempts: 1,
      },
    ]);
  });
  afterAll(async () => {
    await handle?.drop();
  });

  const refs = async (params: Record<string, string>) => {
    const { filter, errors } = parsePaymentFilter(params);
    expect(errors).toEqual({});
    return (await searchPayments(handle.db, filter)).rows.map((r) => r.reference);
  };

  it.each([
    [{}, ['PAY-AAAA', 'PAY-BBBB', 'PAY-CCCC']],
    [{ status: 'needs_attention' }, ['PAY-BBBB']],
    [{ method: 'wave' }, ['PAY-BBBB']],
    [{ contract: '9000000001' }, ['PAY-AAAA', 'PAY-BBBB']],
    [{ from: '22/11/2026', to: '22/11/2026' }, ['PAY-BBBB']],
    [{ from: '11/11/2026' }, ['PAY-AAAA', 'PAY-BBBB']],
    [{ q: 'pay-cccc' }, ['PAY-CCCC']],
    [{ q: 'PAY-AAAA-1' }, ['PAY-AAAA']],
    [{ q: 'fac-2' }, ['PAY-BBBB']],
    [{ delivery: 'failing' }, ['PAY-BBBB']],
  ])('filters %j', async (params, expected) => {
    expect(await refs(params)).toEqual(expected);
  });

  it('pages, and counts every match', async () => {
    const { filter } = parsePaymentFilter({ page: '2' });
    const page = await searchPayments(handle.db, filter, 2);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.reference)).toEqual(['PAY-CCCC']);
  });

  it('streams every match for the export, oldest first, with their invoices', async () => {
    const rows = [];
    for await (const p of allPayments(handle.db, { page: 1 }, 2))
      rows.push([p.reference, p.invoices]);
    expect(rows).toEqual([
      ['PAY-CCCC', ['FAC-3']],
      ['PAY-BBBB', ['FAC-2']],
      ['PAY-AAAA', ['FAC-1']],
    ]);
  });

  it('sums the day and the week, and counts what needs attention', async () => {
    const figures = await dashboardFigures(handle.db, new Date('2026-11-23T12:00:00Z'));
    expect(figures).toEqual({
      today: { count: 1, amount: 10_000 },
      week: { count: 1, amount: 10_000 },
      needsAttention: 1,
      failingDeliveries: 1,
    });
    expect(startOfWeek(new Date('2026-11-22T12:00:00Z')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
  });
});

describe('payment filter', () => {
  it('names each value that makes no sense, and keeps the rest', () => {
    const { filter, errors } = parsePaymentFilter({
      status: 'lost',
      method: 'cash',
      from: '31/02/2026',
      to: '01/01/2026',
      contract: '12ab',
      page: '-3',
      q: 'x'.repeat(65),
    });
    expect(errors).toEqual({
      status: 'invalidStatus',
      method: 'invalidMethod',
      from: 'invalidDate',
      contract: 'invalidContract',
      q: 'tooLong',
    });
    expect(filter).toEqual({ page: 1, to: new Date('2026-01-01T00:00:00Z') });
    expect(parsePaymentFilter({ from: '02/01/2026', to: '01/01/2026' }).errors).toEqual({
      to: 'dateOrder',
    });
  });
});
