import { beforeAll, describe, expect, it } from 'vitest';
import { digital, goods, GOODS_QUERY, PROBLEM } from '@/tests/support/lovat-bodies';
import { lovatSend, resetSandbox } from '@/tests/support/sandbox';

/**
 * The LOVAT SEND API's field tables, transcribed here from the original independently of the
 * sandbox's own rule table: [field, maximum length, not-empty rule].
 */
type Row = [field: string, max: number | null, required: boolean];
const DIGITAL: Row[] = [
  ['transaction_id', 255, true],
  ['transaction_datetime', null, true],
  ['transaction_sum', 45, true],
  ['customer_ip', 45, false],
  ['currency', 3, true],
  ['customer_phone_number', 100, false],
  ['arrival_country', 3, false],
  ['arrival_city', 255, false],
  ['arrival_address_line', 255, false],
  ['transaction_status', null, true],
  ['service_code', 255, true],
  ['bank_card_number', 19, false],
  ['payment_operator', 45, true],
  ['payment_method_country', 3, true],
  ['billing_country', 3, true],
  ['billing_address', 255, true],
];
const GOODS: Row[] = [
  ['transaction_id', 255, true],
  ['transaction_datetime', null, true],
  ['transaction_sum', 45, true],
  ['currency', 3, true],
  ['arrival_country', 3, false],
  ['arrival_city', 255, false],
  ['arrival_address_line', 255, false],
  ['transaction_status', null, true],
  ['good_code', 8, false],
  ['vat_percent', 8, false],
  ['vat', null, false],
  ['departure_country', 3, true],
  ['taxable_jurisdiction', 3, false],
  ['buyer_vat_number', 255, false],
];
// Fields with a format: their maximum is tested with a valid value of that length instead.
const FORMATTED = new Set([
  'currency',
  'arrival_country',
  'payment_method_country',
  'billing_country',
  'departure_country',
  'taxable_jurisdiction',
  'service_code',
  'vat_percent',
]);

beforeAll(async () => {
  await resetSandbox();
});

describe.each([
  ['digital services', DIGITAL, digital, 'if_digital=true&if_vat_calculate=false'],
  ['goods', GOODS, goods, GOODS_QUERY],
] as const)('LOVAT field rules for %s', (_, rows, valid, query) => {
  it('accepts a complete report', async () => {
    expect(await lovatSend(valid(), { query })).toMatchObject({ status: 200 });
  });

  const lengthRows = rows.filter(([f, max]) => max !== null && !FORMATTED.has(f));
  it.each(lengthRows)('%s: accepts %i characters, refuses one more', async (field, max) => {
    const at = await lovatSend(valid({ [field]: '7'.repeat(max!) }), { query });
    expect(at.status, `${field} at its maximum`).toBe(200);
    const past = await lovatSend(valid({ [field]: '7'.repeat(max! + 1) }), { query });
    expect(past).toMatchObject({ status: 400, json: PROBLEM });
  });

  it.each(rows.filter(([f, max]) => max === 3 && FORMATTED.has(f)))(
    '%s: a 3-letter code is its maximum, 4 letters are refused',
    async (field) => {
      const value = field === 'currency' ? 'XOFF' : 'CIVV';
      expect(await lovatSend(valid({ [field]: value }), { query })).toMatchObject({ status: 400 });
    },
  );

  it.each(rows.filter(([, , required]) => required))('%s: refused when empty', async (field) => {
    expect(await lovatSend(valid({ [field]: '' }), { query })).toMatchObject({
      status: 400,
      json: PROBLEM,
    });
  });

  it.each(rows.filter(([f, , required]) => required && f !== 'service_code'))(
    '%s: refused when missing',
    async (field) => {
      expect(await lovatSend(valid({ [field]: undefined }), { query })).toMatchObject({
        status: 400,
      });
    },
  );

  it.each(rows.filter(([, , required]) => !required))(
    '%s: may be empty or left out',
    async (field) => {
      expect((await lovatSend(valid({ [field]: '' }), { query })).status).toBe(200);
      expect((await lovatSend(valid({ [field]: undefined }), { query })).status).toBe(200);
    },
  );
});
