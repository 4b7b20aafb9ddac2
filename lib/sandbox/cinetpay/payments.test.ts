import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/open';
import { backends } from '@/tests/support/databases';
import { sandboxCinetpayNotifications } from '../schema';
import { checkPayment } from './check';
import { SANDBOX_CINETPAY } from './credentials';
import { initPayment } from './init';
import { findTransaction, finishPayment, settleDue } from './payments';

const APP_URL = 'http://localhost:3000';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The merchant: counts what it is sent, answers 200.
let merchant: Server;
let notifyUrl: string;
beforeAll(async () => {
  merchant = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.end('OK'));
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;
});
afterAll(() => new Promise((resolve) => merchant.close(resolve)));

// Each change is one conditional update, on PGlite and PostgreSQL alike: a double submission,
// or the pending timer racing a check, changes a payment and notifies the merchant once.
describe.each(backends)('CinetPay payments on $kind', (backend) => {
  let handle: DbHandle & { drop(): Promise<void> };
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await sleep(200); // let background notifications finish their writes
    await handle?.drop();
  });

  async function created(transactionId: string) {
    const raw = JSON.stringify({
      apikey: SANDBOX_CINETPAY.apikey,
      site_id: SANDBOX_CINETPAY.siteId,
      transaction_id: transactionId,
      amount: 25000,
      currency: 'XOF',
      description: 'Prime',
      notify_url: notifyUrl,
      return_url: `${APP_URL}/retour`,
    });
    const answer = await initPayment(handle.db, {
      contentType: 'application/json',
      raw,
      appUrl: APP_URL,
    });
    expect(answer.status).toBe(200);
    return (await findTransaction(handle.db, { transactionId }))!;
  }
  const notifications = (id: number) =>
    handle.db
      .select()
      .from(sandboxCinetpayNotifications)
      .where(eq(sandboxCinetpayNotifications.transactionRef, id));
  const check = async (transactionId: string) => {
    const raw = JSON.stringify({ ...creds(), transaction_id: transactionId });
    const answer = await checkPayment(handle.db, {
      contentType: 'application/json',
      raw,
      appUrl: APP_URL,
    });
    return (answer.body as { code: string }).code;
  };
  const creds = () => ({ apikey: SANDBOX_CINETPAY.apikey, site_id: SANDBOX_CINETPAY.siteId });

  it('ends a payment once when its outcomes race', async () => {
    const tx = await created(`RACE-${backend.kind}`);
    const outcomes = ['accepted', 'refused', 'abandoned', 'accepted', 'refused'] as const;
    const results = await Promise.all(
      outcomes.map((outcome) =>
        finishPayment(handle.db, tx.id, { outcome, method: 'OM', appUrl: APP_URL }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'final')).toHaveLength(4);
    await sleep(300);
    expect(await notifications(tx.id)).toHaveLength(1);
  });

  it('accepts a pending payment once, whoever reads it first when its time has come', async () => {
    const tx = await created(`PENDING-${backend.kind}`);
    const pending = await finishPayment(handle.db, tx.id, {
      outcome: 'pending',
      method: 'MOMO',
      delayMs: 100,
      appUrl: APP_URL,
    });
    expect(pending.ok).toBe(true);
    expect(await check(tx.transactionId)).toBe('623');
    await sleep(120);
    const row = pending.ok ? pending.transaction : tx;
    await Promise.all([
      check(tx.transactionId),
      ...[1, 2, 3].map(() => settleDue(handle.db, row, APP_URL)),
    ]);
    expect(await check(tx.transactionId)).toBe('00');
    await sleep(300);
    const sent = await notifications(tx.id);
    expect(sent.map((n) => n.fields.cpm_error_message).sort()).toEqual([
      'SUCCES',
      'WAITING_CUSTOMER_TO_VALIDATE',
    ]);
    expect(sent.every((n) => n.responseStatus === 200)).toBe(true);
  });
});
