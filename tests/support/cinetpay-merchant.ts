import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  CINETPAY,
  cinetpayInit,
  clearFaults,
  control,
  eventually,
  resetSandbox,
} from '@/tests/support/sandbox';

/**
 * The emulated CinetPay as a merchant meets it: a notify_url of the test's own, payments to
 * create and finish, and the x-token recipe to check notifications against.
 */

// The 16 fields of the x-token recipe, in its concatenation order (CINETPAY.md section 3).
// Written out again on purpose, not imported from lib/cinetpay/hmac.ts: the contract tests
// check the app's recipe against the documentation's, which a shared list could not.
export const FIELDS = [
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

/** A card customer as CinetPay's card option wants one. */
export const CARD_CUSTOMER = {
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
export const creds = { apikey: CINETPAY.apikey, site_id: CINETPAY.site_id };
/** The x-token of a notification form: HMAC-SHA256 of its 16 fields with the secret key. */
export const expectedToken = (form: URLSearchParams, secret = CINETPAY.secret_key) =>
  createHmac('sha256', secret)
    .update(FIELDS.map((f) => form.get(f) ?? '').join(''))
    .digest('hex');

/**
 * A merchant's notify_url for the file that calls this: a server of its own on 127.0.0.1,
 * answering 200, and the sandbox reset before its tests.
 */
export function merchantForTests() {
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
  const finish = (transaction_id: string, outcome: string, extra: Record<string, unknown> = {}) =>
    control('POST', '/cinetpay/payments', { transaction_id, outcome, ...extra });
  async function created(overrides: Record<string, unknown> = {}) {
    const body = payment(overrides);
    const answer = await cinetpayInit(body);
    expect(answer.json?.code).toBe('201');
    return { id: body.transaction_id, token: answer.json.data.payment_token as string };
  }

  return {
    payment,
    created,
    finish,
    waitForNotifications,
    receivedFor,
    /** The merchant's notify_url, once the file's tests have started. */
    notifyUrl: () => notifyUrl,
  };
}
