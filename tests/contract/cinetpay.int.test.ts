import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  baseUrl,
  CINETPAY,
  cinetpayCheck,
  cinetpayInit,
  clearFaults,
  control,
  eventually,
  journal,
  resetSandbox,
  setFault,
} from '@/tests/support/sandbox';

// The 16 fields of the x-token recipe, in its concatenation order (CINETPAY.md section 3).
const FIELDS = [
  'cpm_site_id',
  'cpm_trans_id',
  'cpm_trans_date',
  'cpm_amount',
  'cpm_currency',
  'signature',
  'payment_method',
  'cel_phone_num',
  'cpm_phone_prefixe',
  'cpm_language',
  'cpm_version',
  'cpm_payment_config',
  'cpm_page_action',
  'cpm_custom',
  'cpm_designation',
  'cpm_error_message',
];

interface Received {
  contentType: string;
  xToken: string;
  form: URLSearchParams;
}

// A merchant's notify_url: a server of the test's own on 127.0.0.1, answering 200.
let merchant: Server;
let notifyUrl: string;
const received: Received[] = [];
const receivedFor = (id: string) => received.filter((r) => r.form.get('cpm_trans_id') === id);
const waitForNotifications = (id: string, count: number) =>
  eventually(
    async () => receivedFor(id),
    (list) => list.length >= count,
  );

beforeAll(async () => {
  await resetSandbox();
  merchant = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({
        contentType: request.headers['content-type'] ?? '',
        xToken: String(request.headers['x-token'] ?? ''),
        form: new URLSearchParams(body),
      });
      response.end('OK');
    });
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;
});
beforeEach(async () => {
  await clearFaults();
});
afterAll(async () => {
  await clearFaults();
  await new Promise((resolve) => merchant?.close(resolve));
});

const payment = (overrides: Record<string, unknown> = {}) => ({
  apikey: CINETPAY.apikey,
  site_id: CINETPAY.site_id,
  transaction_id: `T-${randomUUID()}`,
  amount: 25000,
  currency: 'XOF',
  description: 'Prime LA LOYALE VIE',
  notify_url: notifyUrl,
  return_url: 'http://localhost:3000/paiement/retour',
  channels: 'ALL',
  metadata: 'contrat 2019004512',
  ...overrides,
});
const CARD_CUSTOMER = {
  customer_name: 'Kouassi',
  customer_surname: 'Awa',
  customer_email: 'awa@example.ci',
  customer_phone_number: '+2250701020304',
  customer_address: 'Rue 12',
  customer_city: 'Abidjan',
  customer_country: 'CI',
  customer_state: 'CI',
  customer_zip_code: '00225',
};
const creds = { apikey: CINETPAY.apikey, site_id: CINETPAY.site_id };
const finish = (transaction_id: string, outcome: string, extra: Record<string, unknown> = {}) =>
  control('POST', '/cinetpay/payments', { transaction_id, outcome, ...extra });
const expectedToken = (form: URLSearchParams, secret = CINETPAY.secret_key) =>
  createHmac('sha256', secret)
    .update(FIELDS.map((f) => form.get(f) ?? '').join(''))
    .digest('hex');

async function created(overrides: Record<string, unknown> = {}) {
  const body = payment(overrides);
  const answer = await cinetpayInit(body);
  expect(answer.json?.code).toBe('201');
  return { id: body.transaction_id, token: answer.json.data.payment_token as string };
}

describe('initialisation: POST /v2/payment', () => {
  it('answers 201 CREATED with a payment token and the guichet URL', async () => {
    const answer = await cinetpayInit(payment());
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      code: '201',
      message: 'CREATED',
      description: 'Transaction created with success',
    });
    expect(answer.json.api_response_id).toMatch(/^\d+\.\d{4}$/);
    const { payment_token, payment_url } = answer.json.data;
    expect(payment_token).toMatch(/^[0-9a-f]{64}$/);
    expect(payment_url).toBe(`${baseUrl()}/sandbox/cinetpay/guichet/${payment_token}`);
  });

  it.each([
    ['a form-encoded body (D15)', 'application/x-www-form-urlencoded', {}, 403, '403'],
    ['text/plain', 'text/plain', {}, 403, '403'],
    ['unparsable JSON', 'application/json', '{"apikey":', 400, '608'],
    ['a JSON array', 'application/json', [], 400, '608'],
    ['no apikey', 'application/json', { apikey: undefined }, 400, '608'],
    ['an empty description', 'application/json', { description: ' ' }, 400, '608'],
    ['presence before credentials', 'application/json', { apikey: 'x', amount: null }, 400, '608'],
    ['a wrong apikey', 'application/json', { apikey: 'x', amount: 7 }, 401, '609'],
    ['a wrong site_id', 'application/json', { site_id: '1', amount: 7 }, 401, '613'],
    ['site_id as a number', 'application/json', { site_id: 990001 }, 200, '201'],
    ['amount as a digit string', 'application/json', { amount: '25000' }, 200, '201'],
    ['amount not a multiple of 5', 'application/json', { amount: 25002 }, 400, '608'],
    ['amount under 100 XOF', 'application/json', { amount: 95 }, 400, '608'],
    ['amount 100 XOF', 'application/json', { amount: 100 }, 200, '201'],
    ['a fractional amount', 'application/json', { amount: 250.5 }, 400, '608'],
    ['5 USD', 'application/json', { amount: 5, currency: 'USD' }, 200, '201'],
    ['currency EUR', 'application/json', { currency: 'EUR' }, 400, '608'],
    ['no channels (ALL)', 'application/json', { channels: undefined }, 200, '201'],
    ['MOBILE_MONEY, WALLET', 'application/json', { channels: 'MOBILE_MONEY, WALLET' }, 200, '201'],
    ['channels PAYPAL', 'application/json', { channels: 'PAYPAL' }, 400, '608'],
    ['CREDIT_CARD without customer', 'application/json', { channels: 'CREDIT_CARD' }, 400, '608'],
    [
      'CREDIT_CARD with customer',
      'application/json',
      { channels: 'CREDIT_CARD', ...CARD_CUSTOMER },
      200,
      '201',
    ],
    ['a notify_url that is no URL', 'application/json', { notify_url: 'notify' }, 400, '608'],
    [
      'values before the locked phone',
      'application/json',
      { amount: 7, lock_phone_number: true },
      400,
      '608',
    ],
    [
      'a locked phone without a number',
      'application/json',
      { lock_phone_number: true, customer_phone_number: '07' },
      400,
      '624',
    ],
    [
      'a locked valid phone',
      'application/json',
      { lock_phone_number: true, customer_phone_number: '+2250701020304' },
      200,
      '201',
    ],
  ])('%s → HTTP %i, code %s', async (_, contentType, body, status, code) => {
    // Objects are changes to a valid payment (built once the merchant server listens).
    const sent = typeof body === 'string' || Array.isArray(body) ? body : payment(body);
    const answer = await cinetpayInit(sent, contentType);
    expect([answer.status, answer.json?.code]).toEqual([status, code]);
    if (code !== '201')
      expect(Object.keys(answer.json).sort()).toEqual([
        'api_response_id',
        'code',
        'description',
        'message',
      ]);
  });

  it('refuses a transaction_id already used (608), after the credentials (609)', async () => {
    const body = payment();
    expect((await cinetpayInit(body)).json.code).toBe('201');
    const again = await cinetpayInit(body);
    expect(again.json).toMatchObject({ code: '608', message: 'MINIMUM_REQUIRED_FIELDS' });
    expect(again.json.description).toContain('already used');
    expect((await cinetpayInit({ ...body, apikey: 'x' })).json.code).toBe('609');
  });

  it('journals each call with the apikey masked', async () => {
    await cinetpayInit(payment());
    const [latest] = await journal('?upstream=cinetpay&endpoint=cinetpay_init&limit=1');
    expect(latest?.request.body).toMatchObject({ apikey: '***', site_id: CINETPAY.site_id });
    expect(JSON.stringify(await journal('?upstream=cinetpay'))).not.toContain(CINETPAY.apikey);
  });

  it('applies a forced code fault, and refuses other methods with 405', async () => {
    await setFault({ endpoint: 'cinetpay_init', failure: 'code', code: '429' });
    expect(await cinetpayInit(payment())).toMatchObject({
      status: 429,
      json: { code: '429', message: 'TOO_MANY_REQUEST' },
    });
    const get = await fetch(`${baseUrl()}/sandbox/cinetpay/v2/payment`);
    expect(get.status).toBe(405);
  });
});

describe('verification: POST /v2/payment/check', () => {
  it('answers a fresh transaction 662 WAITING_CUSTOMER_PAYMENT by transaction_id, token or payment_token', async () => {
    const { id, token } = await created();
    for (const key of [{ transaction_id: id }, { token }, { payment_token: token }]) {
      const answer = await cinetpayCheck({ ...creds, ...key });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({
        code: '662',
        message: 'WAITING_CUSTOMER_PAYMENT',
        data: {
          amount: '25000',
          currency: 'XOF',
          status: 'WAITING_FOR_CUSTOMER',
          description: 'Prime LA LOYALE VIE',
          metadata: 'contrat 2019004512',
          operator_id: null,
          payment_date: '',
        },
      });
    }
  });

  it.each([
    ['no identifier', {}, 400, '608'],
    ['a wrong apikey', { apikey: 'x', transaction_id: 'nope' }, 401, '609'],
    ['a wrong site_id', { site_id: '12', transaction_id: 'nope' }, 401, '613'],
    ['an unknown transaction', { transaction_id: 'nope' }, 400, '608'],
  ])('%s → HTTP %i, code %s', async (_, body, status, code) => {
    const answer = await cinetpayCheck({ ...creds, ...body });
    expect([answer.status, answer.json?.code]).toEqual([status, code]);
  });

  it('refuses a body that is not JSON with 403', async () => {
    expect((await cinetpayCheck('a=b', 'application/x-www-form-urlencoded')).status).toBe(403);
  });
});

describe('finishing a payment and notifying the merchant', () => {
  it('accepted: 00 SUCCES, and a form notification whose x-token is the HMAC of its 16 fields', async () => {
    const { id, token } = await created();
    const finished = await finish(id, 'accepted', { method: 'OM' });
    expect(finished.status).toBe(200);
    const answer = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(answer.json).toMatchObject({
      code: '00',
      message: 'SUCCES',
      data: { status: 'ACCEPTED', payment_method: 'OM' },
    });
    expect(answer.json.data.operator_id).toEqual(expect.any(String));
    expect(answer.json.data.payment_date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    const [note] = await waitForNotifications(id, 1);
    expect(note!.contentType).toBe('application/x-www-form-urlencoded');
    expect([...note!.form.keys()]).toEqual(FIELDS);
    expect(note!.xToken).toBe(expectedToken(note!.form));
    expect(Object.fromEntries(note!.form)).toMatchObject({
      cpm_site_id: CINETPAY.site_id,
      cpm_amount: '25000',
      cpm_currency: 'XOF',
      payment_method: 'OM',
      cpm_custom: 'contrat 2019004512',
      cpm_designation: 'Prime LA LOYALE VIE',
      cpm_error_message: 'SUCCES',
    });
    const view = await eventually(
      async () => (await control('GET', `/cinetpay/payments?transaction_id=${id}`)).json,
      (v) => v.notifications.length === 1,
    );
    expect(view.payment).toMatchObject({ token, status: 'ACCEPTED' });
    expect(view.notifications[0]).toMatchObject({ response_status: 200, x_token: note!.xToken });
    expect((await finish(id, 'refused')).status).toBe(409);
  });

  it.each([
    ['refused', '600', 'PAYMENT_FAILED'],
    ['abandoned', '627', 'TRANSACTION_CANCEL'],
  ])('%s: REFUSED with %s %s, and notified so', async (outcome, code, message) => {
    const { id } = await created();
    expect((await finish(id, outcome, { method: 'MOMO' })).status).toBe(200);
    const answer = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(answer.json).toMatchObject({
      code,
      message,
      data: { status: 'REFUSED', operator_id: null },
    });
    const [note] = await waitForNotifications(id, 1);
    expect(note!.form.get('cpm_error_message')).toBe(message);
  });

  it('pending: WAITING_FOR_CUSTOMER and notified, then accepted and notified again', async () => {
    const { id } = await created();
    await finish(id, 'pending', { method: 'FLOOZ', delayMs: 1500 });
    const waiting = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(waiting.json).toMatchObject({ code: '623', data: { status: 'WAITING_FOR_CUSTOMER' } });
    const notes = await waitForNotifications(id, 2);
    expect(notes.map((n) => n.form.get('cpm_error_message'))).toEqual([
      'WAITING_CUSTOMER_TO_VALIDATE',
      'SUCCES',
    ]);
    expect((await cinetpayCheck({ ...creds, transaction_id: id })).json.code).toBe('00');
  });

  it('refuses a method the channels do not offer', async () => {
    const { id } = await created({ channels: 'MOBILE_MONEY' });
    expect((await finish(id, 'accepted', { method: 'CARD' })).status).toBe(400);
  });

  it('shows the guichet, then the final state with the way back to return_url', async () => {
    const { id, token } = await created();
    const page = await (await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${token}`)).text();
    expect(page).toContain('25\u00a0000\u00a0FCFA');
    expect(page).toContain('Prime LA LOYALE VIE');
    await finish(id, 'accepted');
    const done = await (await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${token}`)).text();
    expect(done).toContain(`transaction_id=${id}&amp;token=${token}`);
    expect((await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${'0'.repeat(64)}`)).status).toBe(
      404,
    );
  });

  it("lists payments on the control page, and filters its journal on CinetPay's calls", async () => {
    const { id, token } = await created();
    const page = await (await fetch(`${baseUrl()}/sandbox?upstream=cinetpay`)).text();
    expect(page).toContain(`href="/sandbox/cinetpay/guichet/${token}">${id}</a>`);
    expect(page).toContain('POST<!-- --> <!-- -->cinetpay_init');
    expect(page).not.toContain('POST<!-- --> <!-- -->enovfacture');
  });
});

describe('notification faults', () => {
  it('bad-token: the x-token is not the HMAC with the secret', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'bad-token' });
    const { id } = await created();
    await finish(id, 'accepted');
    const [note] = await waitForNotifications(id, 1);
    expect(note!.xToken).toMatch(/^[0-9a-f]{64}$/);
    expect(note!.xToken).not.toBe(expectedToken(note!.form));
  });

  it('repeat: the same notification twice', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'repeat' });
    const { id } = await created();
    await finish(id, 'accepted');
    const notes = await waitForNotifications(id, 2);
    expect(notes[1]!.form.toString()).toBe(notes[0]!.form.toString());
  });

  it('not-sent: nothing reaches the merchant, and the control API says why', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'not-sent' });
    const { id } = await created();
    await finish(id, 'accepted');
    const view = await eventually(
      async () => (await control('GET', `/cinetpay/payments?transaction_id=${id}`)).json,
      (v) => v.notifications.length === 1,
    );
    expect(view.notifications[0]).toMatchObject({ fault: 'not-sent', response_status: null });
    await new Promise((r) => setTimeout(r, 500));
    expect(receivedFor(id)).toHaveLength(0);
  });
});
