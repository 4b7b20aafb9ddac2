import { describe, expect, it } from 'vitest';
import { CARD_CUSTOMER, creds, merchantForTests } from '@/tests/support/cinetpay-merchant';
import {
  baseUrl,
  CINETPAY,
  cinetpayCheck,
  cinetpayInit,
  journal,
  setFault,
} from '@/tests/support/sandbox';

/** The emulated CinetPay's API as our client calls it: initialisation and verification. */
const { payment, created } = merchantForTests();

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
