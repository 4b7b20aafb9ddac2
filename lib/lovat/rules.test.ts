import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLovatFields, DEFAULT_SERVICE_CODE, TRANSACTION_STATUSES } from './rules';

// The SEND API's two tables (docs/specs/lovat-send-api.fr.txt), written out again: each field,
// its maximum length and whether it must be present and not empty.
const SPEC: Record<'digital' | 'goods', Record<string, { max?: number; required?: boolean }>> = {
  digital: {
    transaction_id: { max: 255, required: true },
    transaction_datetime: { required: true },
    transaction_sum: { max: 45, required: true },
    customer_ip: { max: 45 },
    currency: { max: 3, required: true },
    customer_phone_number: { max: 100 },
    arrival_country: { max: 3 },
    arrival_city: { max: 255 },
    arrival_address_line: { max: 255 },
    transaction_status: { required: true },
    service_code: { max: 255 },
    bank_card_number: { max: 19 },
    payment_operator: { max: 45, required: true },
    payment_method_country: { max: 3, required: true },
    billing_country: { max: 3, required: true },
    billing_address: { max: 255, required: true },
  },
  goods: {
    transaction_id: { max: 255, required: true },
    transaction_datetime: { required: true },
    transaction_sum: { max: 45, required: true },
    currency: { max: 3, required: true },
    arrival_country: { max: 3 },
    arrival_city: { max: 255 },
    arrival_address_line: { max: 255 },
    transaction_status: { required: true },
    good_code: { max: 8 },
    vat_percent: { max: 8 },
    vat: {},
    departure_country: { max: 3, required: true },
    taxable_jurisdiction: { max: 3 },
    buyer_vat_number: { max: 255 },
  },
};

type Kind = keyof typeof SPEC;
const isDigital = (kind: Kind) => kind === 'digital';

// A report that passes, with every field of its table filled.
const FULL: Record<Kind, Record<string, string>> = {
  digital: {
    transaction_id: 'PAY-7K2M9Q4X1B-1',
    transaction_datetime: '2026-11-23T09:05:00+00:00',
    transaction_sum: '25000',
    customer_ip: '203.0.113.7',
    currency: 'XOF',
    customer_phone_number: '+2250700000001',
    arrival_country: 'CIV',
    arrival_city: 'Abidjan',
    arrival_address_line: 'Rue 12',
    transaction_status: 'Success',
    service_code: '21',
    bank_card_number: '4242-****-****-4242',
    payment_operator: 'card',
    payment_method_country: 'CIV',
    billing_country: 'CIV',
    billing_address: 'Rue 12, Cocody',
  },
  goods: {
    transaction_id: 'PAY-7K2M9Q4X1B-1',
    transaction_datetime: '2017-01-09T08:27:22 +00:00',
    transaction_sum: '158.04',
    currency: 'GBP',
    arrival_country: 'GBR',
    arrival_city: 'London',
    arrival_address_line: 'Peckham Road',
    transaction_status: 'Success',
    good_code: '62160000',
    vat_percent: '20.00',
    vat: '28.73',
    departure_country: 'AUS',
    taxable_jurisdiction: 'GBR',
    buyer_vat_number: 'UK123123123',
  },
};

const without = (fields: Record<string, string>, field: string) =>
  Object.fromEntries(Object.entries(fields).filter(([f]) => f !== field));

const fieldsOf = (kind: Kind) =>
  Object.entries(SPEC[kind]).map(([field, rule]) => ({
    kind,
    field,
    max: rule.max,
    required: rule.required === true,
  }));
const ALL_FIELDS = [...fieldsOf('digital'), ...fieldsOf('goods')];

describe('a complete report', () => {
  it.each(['digital', 'goods'] as const)('of %s passes', (kind) => {
    expect(checkLovatFields(FULL[kind], isDigital(kind))).toEqual([]);
  });

  it.each(['digital', 'goods'] as const)('of %s checks no field outside its table', (kind) => {
    const other = kind === 'digital' ? FULL.goods : FULL.digital;
    const extra = Object.fromEntries(
      Object.keys(other)
        .filter((f) => !(f in SPEC[kind]))
        .map((f) => [f, 'x'.repeat(300)]),
    );
    expect(checkLovatFields({ ...FULL[kind], ...extra, unknown: '' }, isDigital(kind))).toEqual([]);
  });
});

describe('required and optional fields', () => {
  it.each(ALL_FIELDS.map((f) => [f.kind, f.field, f.required] as const))(
    '%s: %s missing → a problem: %s',
    (kind, field, required) => {
      expect(checkLovatFields(without(FULL[kind], field), isDigital(kind))).toEqual(
        required ? [{ field, problem: 'is required' }] : [],
      );
    },
  );

  // service_code may be left out (the account's registered type applies), never sent empty.
  it.each(
    ALL_FIELDS.map((f) => [f.kind, f.field, f.required || f.field === 'service_code'] as const),
  )('%s: %s empty → a problem: %s', (kind, field, refused) => {
    expect(checkLovatFields({ ...FULL[kind], [field]: '' }, isDigital(kind))).toEqual(
      refused ? [{ field, problem: 'is empty' }] : [],
    );
  });

  it('lists every problem of a report, in the order of the table', () => {
    expect(checkLovatFields({ currency: 'XOFF', service_code: '' }, true)).toEqual([
      { field: 'transaction_id', problem: 'is required' },
      { field: 'transaction_datetime', problem: 'is required' },
      { field: 'transaction_sum', problem: 'is required' },
      { field: 'currency', problem: 'is longer than 3 characters' },
      { field: 'transaction_status', problem: 'is required' },
      { field: 'service_code', problem: 'is empty' },
      { field: 'payment_operator', problem: 'is required' },
      { field: 'payment_method_country', problem: 'is required' },
      { field: 'billing_country', problem: 'is required' },
      { field: 'billing_address', problem: 'is required' },
    ]);
  });

  it('registers the merchant as "autre numérique" (21) by default', () => {
    expect(DEFAULT_SERVICE_CODE).toBe('21');
  });
});

describe('maximum lengths', () => {
  // A value of the maximum length that is otherwise valid for the field, and one longer.
  const atMax = (field: string, max: number) => {
    if (max === 3) return field === 'currency' ? 'XOF' : 'CIV';
    if (field === 'vat_percent') return '12345.67';
    return 'x'.repeat(max);
  };

  it.each(
    ALL_FIELDS.flatMap((f) =>
      f.max !== undefined && f.field !== 'service_code' ? [[f.kind, f.field, f.max] as const] : [],
    ),
  )('%s: %s takes %i characters, not one more', (kind, field, max) => {
    const value = atMax(field, max);
    expect([...value]).toHaveLength(max);
    expect(checkLovatFields({ ...FULL[kind], [field]: value }, isDigital(kind))).toEqual([]);
    expect(checkLovatFields({ ...FULL[kind], [field]: `${value}1` }, isDigital(kind))).toEqual([
      { field, problem: `is longer than ${max} characters` },
    ]);
  });

  it('counts characters, not UTF-16 code units', () => {
    const address = `${'é'.repeat(200)}${'🏠'.repeat(55)}`;
    expect(checkLovatFields({ ...FULL.digital, billing_address: address }, true)).toEqual([]);
  });

  it('checks the length before the format', () => {
    expect(checkLovatFields({ ...FULL.digital, service_code: '1'.repeat(256) }, true)).toEqual([
      { field: 'service_code', problem: 'is longer than 255 characters' },
    ]);
  });
});

describe('formats', () => {
  const problemOf = (kind: Kind, field: string, value: string) =>
    checkLovatFields({ ...FULL[kind], [field]: value }, isDigital(kind))[0]?.problem ?? null;

  const COUNTRY = 'must be an ISO 3166-1 alpha-3 country code';
  it.each(['CIV', 'FRA', 'USA', 'GBR'])('takes the country %s', (code) => {
    for (const f of ALL_FIELDS.filter(
      (g) => g.field.endsWith('country') || g.field === 'taxable_jurisdiction',
    ))
      expect(problemOf(f.kind, f.field, code)).toBeNull();
  });
  it.each(['civ', 'CI', 'XXX', 'ZZZ', '123', 'C V'])('refuses the country %j', (code) => {
    for (const f of ALL_FIELDS.filter(
      (g) => g.field.endsWith('country') || g.field === 'taxable_jurisdiction',
    ))
      expect(problemOf(f.kind, f.field, code)).toBe(COUNTRY);
  });

  it.each(['XOF', 'xof', 'Eur', 'usd'])('takes the currency %j, in any case', (code) => {
    expect(problemOf('digital', 'currency', code)).toBeNull();
    expect(problemOf('goods', 'currency', code)).toBeNull();
  });
  it.each(['ABC', 'XO', 'X0F', '€'])('refuses the currency %j', (code) => {
    expect(problemOf('digital', 'currency', code)).toBe('must be an ISO 4217 currency code');
  });

  it.each([
    '2026-11-23T09:05:00Z',
    '2026-11-23T09:05Z',
    '2026-11-23T09:05:00+00:00',
    '2026-11-23T09:05:00-0130',
    '2017-01-09T08:27:22 +00:00',
    '2026-11-23T09:05:00.5Z',
    '2026-11-23T09:05:00.123456+01:00',
  ])('takes the date and time %j', (value) => {
    expect(problemOf('digital', 'transaction_datetime', value)).toBeNull();
  });
  it.each([
    '2026-11-23',
    '2026-11-23T09:05:00',
    '2026-11-23 09:05:00Z',
    '2026-11-23T9:05:00Z',
    '2026-11-23T09:05:0Z',
    '2026-11-23T09:05:00.1234567Z',
    '2026-11-23T09:05:00+0',
    '2026-11-23T09:05:00 Z',
    '2026-11-23T09:05:00  +00:00',
    '2026-11-23T09:05:00*00:00',
    '26-11-23T09:05:00Z',
    '2026-1-23T09:05:00Z',
    '2026-11-3T09:05:00Z',
    'x2026-11-23T09:05:00Z',
    '2026-11-23T09:05:00Zx',
    '2026-13-45T09:05:00Z',
    '2026-11-23T25:05:00Z',
    // Sent as written: no space around it, and a four-digit year (not ISO's expanded +00YYYY).
    ' 2026-11-23T09:05:00Z',
    '2026-11-23T09:05:00Z ',
    '+002026-11-23T09:05:00Z',
  ])('refuses the date and time %j', (value) => {
    expect(problemOf('digital', 'transaction_datetime', value)).toBe(
      'must be an ISO 8601 date and time with an offset',
    );
  });

  it.each([...TRANSACTION_STATUSES, 'SUCCESS', 'charge back', 'Refund', 'movement OWN goods'])(
    'takes the status %j',
    (status) => {
      expect(problemOf('digital', 'transaction_status', status)).toBeNull();
    },
  );
  it.each(['Refunded', 'Chargeback', 'Success ', 'ok'])('refuses the status %j', (status) => {
    expect(problemOf('goods', 'transaction_status', status)).toBe(
      'must be one of Success, Charge back, refund, Movement own goods',
    );
  });

  it('takes the service codes 1 to 21 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 130 }), (n) => {
        const expected = n >= 1 && n <= 21 ? null : 'must be a service code from 1 to 21';
        expect(problemOf('digital', 'service_code', String(n))).toBe(expected);
      }),
    );
  });
  it.each([
    ['01', null],
    ['0', 'must be a service code from 1 to 21'],
    ['1a', 'must be a service code from 1 to 21'],
    ['a1', 'must be a service code from 1 to 21'],
    ['1.0', 'must be a service code from 1 to 21'],
    ['+1', 'must be a service code from 1 to 21'],
  ])('service code %j → %s', (value, problem) => {
    expect(problemOf('digital', 'service_code', value)).toBe(problem);
  });

  it.each(['0', '20', '-3', '28.73', '-0.5', '100.00'])('takes the number %j', (value) => {
    expect(problemOf('goods', 'vat', value)).toBeNull();
    expect(problemOf('goods', 'vat_percent', value)).toBeNull();
  });
  it.each(['1.', '.5', '1,5', '+1', '1e3', 'abc', '1.2.3', '--1', ' 1', '1 '])(
    'refuses the number %j',
    (value) => {
      expect(problemOf('goods', 'vat', value)).toBe('must be a number');
      expect(problemOf('goods', 'vat_percent', value)).toBe('must be a number');
    },
  );

  it('checks formats only where the table gives one', () => {
    for (const f of ALL_FIELDS.filter(
      (g) =>
        ![
          'currency',
          'transaction_datetime',
          'transaction_status',
          'service_code',
          'vat',
          'vat_percent',
        ].includes(g.field) &&
        !g.field.endsWith('country') &&
        g.field !== 'taxable_jurisdiction',
    )) {
      expect(problemOf(f.kind, f.field, '#!')).toBeNull();
    }
  });
});
