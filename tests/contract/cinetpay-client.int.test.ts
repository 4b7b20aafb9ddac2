import { describe, expect, it } from 'vitest';
import { createCinetPayClient, type CinetPayInit } from '@/lib/cinetpay/client';
import { tokenValid } from '@/lib/cinetpay/hmac';
import { merchantForTests } from '@/tests/support/cinetpay-merchant';
import { baseUrl, CINETPAY, control } from '@/tests/support/sandbox';

/**
 * Our CinetPay client against the sandbox's twin, two implementations of docs/specs/cinetpay.md
 * written apart: registration, verification in each state, and the twin's notification checked
 * with our own token check.
 */

const client = (over: Partial<{ apikey: string; siteId: string }> = {}) =>
  createCinetPayClient({
    baseUrl: `${baseUrl()}/sandbox/cinetpay`,
    apikey: over.apikey ?? CINETPAY.apikey,
    siteId: over.siteId ?? CINETPAY.site_id,
    timeoutMs: 2_000,
  });

const { notifyUrl, waitForNotifications } = merchantForTests();

const init = (over: Partial<CinetPayInit> = {}): CinetPayInit => ({
  transactionId: `PAY-${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
  amount: 47_500,
  description: 'Prime LA LOYALE VIE contrat 2021007730',
  notifyUrl: notifyUrl(),
  returnUrl: 'http://127.0.0.1:1/return',
  lang: 'fr',
  metadata: 'payment-id',
  customer: {
    name: 'Awa',
    surname: 'Koné',
    email: 'paiement@laloyalevie.ci',
    phone: '+2250700000001',
    address: 'Rue des Jardins',
    city: 'Abidjan',
    country: 'CI',
    state: 'CI',
    zip: '00225',
  },
  ...over,
});

describe('our CinetPay client against the twin', () => {
  it('registers a payment, sees it waiting, then accepted with its amount and method', async () => {
    const request = init();
    const started = await client().initPayment(request);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value.paymentUrl).toContain('/sandbox/cinetpay/guichet/');
    expect(await client().checkPayment(request.transactionId)).toMatchObject({
      ok: true,
      value: { status: 'waiting', code: '662' },
    });
    const finished = await control('POST', '/cinetpay/payments', {
      transaction_id: request.transactionId,
      outcome: 'accepted',
      method: 'OM',
    });
    expect(finished.status).toBe(200);
    expect(await client().checkPayment(request.transactionId)).toMatchObject({
      ok: true,
      value: { status: 'accepted', amount: 47_500, currency: 'XOF', method: 'OM' },
    });
    // The twin's notification carries a token our check accepts, and only with our secret.
    const notes = await waitForNotifications(request.transactionId, 1);
    for (const note of notes) {
      expect(tokenValid(note.form, note.xToken, CINETPAY.secret_key)).toBe(true);
      expect(tokenValid(note.form, note.xToken, 'not-our-secret')).toBe(false);
    }
  });

  it.each([
    ['refused', '600'],
    ['abandoned', '627'],
  ])('reads a %s payment as refused (%s)', async (outcome, code) => {
    const request = init();
    expect((await client().initPayment(request)).ok).toBe(true);
    await control('POST', '/cinetpay/payments', { transaction_id: request.transactionId, outcome });
    expect(await client().checkPayment(request.transactionId)).toMatchObject({
      ok: true,
      value: { status: 'refused', code },
    });
  });

  it('gets CinetPay’s refusals as typed failures', async () => {
    expect(await client({ apikey: 'wrong' }).initPayment(init())).toMatchObject({
      ok: false,
      error: { upstream: 'cinetpay', kind: 'permanent', reason: 'code', code: '609' },
    });
    expect(await client({ siteId: '123' }).initPayment(init())).toMatchObject({
      ok: false,
      error: { code: '613' },
    });
    expect(await client().initPayment(init({ amount: 47_501 }))).toMatchObject({
      ok: false,
      error: { code: '608' },
    });
    const twice = init();
    expect((await client().initPayment(twice)).ok).toBe(true);
    expect(await client().initPayment(twice)).toMatchObject({ ok: false, error: { code: '608' } });
    expect(await client().checkPayment('PAY-UNKNOWN000')).toMatchObject({
      ok: false,
      error: { kind: 'permanent' },
    });
  });
});
