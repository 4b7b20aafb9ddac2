import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_FIELDS,
  notificationBody,
  notificationFields,
  payingPhone,
  xToken,
  type NotificationFields,
} from './x-token';

const VALUES = [
  '990001',
  'LALO-42',
  '2026-12-03 07:00:00',
  '25000',
  'XOF',
  'sig123',
  'OM',
  '0700000001',
  '225',
  'fr',
  'V4',
  'SINGLE',
  'PAYMENT',
  'contrat 2019004512',
  'Prime LA LOYALE VIE',
  'SUCCES',
];
const fields = (values = VALUES) =>
  Object.fromEntries(
    NOTIFICATION_FIELDS.map((name, i) => [name, values[i]!]),
  ) as NotificationFields;

describe('the x-token (HMAC-FR/EN recipe)', () => {
  it('concatenates the 16 fields in the documented order, cpm_site_id first', () => {
    expect(NOTIFICATION_FIELDS).toHaveLength(16);
    expect(NOTIFICATION_FIELDS[0]).toBe('cpm_site_id');
    expect(NOTIFICATION_FIELDS.at(-1)).toBe('cpm_error_message');
  });

  it("equals PHP's hash_hmac('SHA256', data, secret): lowercase hex, 64 characters", () => {
    // Computed apart, with Python's hmac over the same concatenation.
    expect(xToken(fields(), 'sandbox_cp_secret_b71e04c9d2f8a356')).toBe(
      '8c3f6f9440a5c865f4f14c5caa2e10f28cefee99d9e11764bcc77238114da737',
    );
  });

  it('hashes the values as UTF-8, unescaped', () => {
    const values = [...VALUES];
    values[13] = 'é & = +';
    expect(xToken(fields(values), 'k')).toBe(
      '81cbd0b5e250c1cd1325ca951a63d016b4059f2becc64f292784392a2041ffbc',
    );
  });

  it('changes with the secret and with any value', () => {
    const token = xToken(fields(), 'secret');
    expect(xToken(fields(), 'secret-wrong')).not.toBe(token);
    const changed = [...VALUES];
    changed[3] = '25005';
    expect(xToken(fields(changed), 'secret')).not.toBe(token);
  });

  it("posts the fields in the concatenation order, so SDK-PHP's implode('', $_POST) verifies", () => {
    const posted = new URLSearchParams(notificationBody(fields()));
    expect([...posted.keys()]).toEqual([...NOTIFICATION_FIELDS]);
    const imploded = [...posted.values()].join('');
    expect(imploded).toBe(VALUES.join(''));
  });
});

describe('the notified fields (D12)', () => {
  const tx = {
    siteId: '990001',
    transactionId: 'LALO-42',
    createdAt: new Date('2026-12-03T07:00:00.456Z'),
    amount: 25000,
    currency: 'XOF',
    signature: 'sig123',
    paymentMethod: 'OM',
    customer: {},
    lang: 'fr',
    metadata: null,
    description: 'Prime',
    code: '00',
  };

  it('states a transaction as CinetPay posts it', () => {
    expect(notificationFields(tx)).toEqual({
      cpm_site_id: '990001',
      cpm_trans_id: 'LALO-42',
      cpm_trans_date: '2026-12-03 07:00:00',
      cpm_amount: '25000',
      cpm_currency: 'XOF',
      signature: 'sig123',
      payment_method: 'OM',
      cel_phone_num: '0700000001',
      cpm_phone_prefixe: '225',
      cpm_language: 'fr',
      cpm_version: 'V4',
      cpm_payment_config: 'SINGLE',
      cpm_page_action: 'PAYMENT',
      cpm_custom: '',
      cpm_designation: 'Prime',
      cpm_error_message: 'SUCCES',
    });
  });

  it.each([
    ['627', 'TRANSACTION_CANCEL'],
    ['600', 'PAYMENT_FAILED'],
    ['623', 'WAITING_CUSTOMER_TO_VALIDATE'],
  ])('gives code %s as cpm_error_message %s', (code, message) => {
    expect(notificationFields({ ...tx, code }).cpm_error_message).toBe(message);
  });

  it.each([
    ['+2250701020304', 'OM', ['0701020304', '225']],
    ['225 07 01 02 03 04', 'MOMO', ['0701020304', '225']],
    ['0701020304', 'WAVE', ['0701020304', '225']],
    [undefined, 'FLOOZ', ['0700000001', '225']],
    [undefined, 'CARD', ['', '']],
    [undefined, null, ['', '']],
  ] as const)('splits the paying number %s (%s)', (phone, method, expected) => {
    expect(payingPhone(phone, method)).toEqual(expected);
  });
});
