import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/open';
import { backends } from '@/tests/support/databases';
import { notifyPayment, selectInvoices } from './enov/api';
import { listInvoices, listReports } from './inspect';
import { receiveTransaction } from './lovat/api';
import { resetSandbox, seedSandboxIfEmpty } from './seed';

const CREDS = {
  login: 'demo-psp',
  appkey: 'ak_sandbox_7f3c2a9d51e84b6c',
  password: 'demo-password',
};
const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

// The sandbox's state lives in the app's database: its rules must hold on PGlite and on
// PostgreSQL alike, including under concurrent requests (row locks, unique indexes).
describe.each(backends)('sandbox state on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };

  beforeAll(async () => {
    handle = await backend.open();
    expect(await seedSandboxIfEmpty(handle.db)).toBe(true);
    expect(await seedSandboxIfEmpty(handle.db)).toBe(false);
  });
  afterAll(async () => {
    await handle?.drop();
  });

  it('selects the seeded invoices', async () => {
    const answer = await selectInvoices(handle.db, { ...CREDS, idcontrat: '2019004512' });
    expect(answer).toHaveLength(3);
  });

  it('applies exactly one of many concurrent payments of the whole remaining amount', async () => {
    const codes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        notifyPayment(handle.db, {
          ...CREDS,
          reference: 'FAC-2026-000201',
          montant: 47500,
          refpaiement: `C-${backend.kind}-${i}`,
          datepaiement: today(),
          codestatut: '00',
        }).then((a) => ('code' in a ? a.code : 'list')),
      ),
    );
    expect(codes.filter((c) => c === '00')).toHaveLength(1);
    expect(codes.filter((c) => c === '03')).toHaveLength(9);
    const [invoice] = await listInvoices(handle.db, { reference: 'FAC-2026-000201' });
    expect(invoice?.montantRegle).toBe(47500);
  });

  it('applies a repeated notification once even when the repeats race', async () => {
    const body = {
      ...CREDS,
      reference: 'FAC-2026-000301',
      montant: 1000,
      refpaiement: `R-${backend.kind}`,
      datepaiement: today(),
      codestatut: '00',
    };
    const codes = await Promise.all(
      Array.from({ length: 10 }, () => notifyPayment(handle.db, body)),
    );
    expect(codes.every((a) => 'code' in a && a.code === '00')).toBe(true);
    const [invoice] = await listInvoices(handle.db, { reference: 'FAC-2026-000301' });
    expect(invoice?.montantRegle).toBe(401000);
  });

  it('stores a LOVAT report once when the same report races', async () => {
    const raw = JSON.stringify({
      transaction_id: `L-${backend.kind}`,
      transaction_datetime: '2026-11-23T10:00:00Z',
      transaction_sum: '1000',
      currency: 'XOF',
      transaction_status: 'Success',
      payment_operator: 'card',
      payment_method_country: 'CIV',
      billing_country: 'CIV',
      billing_address: 'Abidjan',
    });
    const input = {
      token: '5aae918d97964ff88df64b059c2cc0f8',
      query: new URLSearchParams('if_digital=true'),
      contentType: 'application/json',
      raw,
    };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => receiveTransaction(handle.db, input)),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const reports = await listReports(handle.db, { transactionId: `L-${backend.kind}` });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.repeats).toBe(7);
  });

  it('reset restores the seed', async () => {
    await resetSandbox(handle.db);
    const [invoice] = await listInvoices(handle.db, { reference: 'FAC-2026-000201' });
    expect(invoice?.montantRegle).toBe(0);
    expect(await listReports(handle.db, {})).toEqual([]);
  });
});
