import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  cardOutcome,
  cvcValid,
  expiryValid,
  luhnValid,
  maskCard,
  normalizeExpiry,
  formatExpiryInput,
  TEST_CARDS,
} from './card';

describe('card numbers', () => {
  it.each(TEST_CARDS.map((c) => c.number))('every documented test card passes Luhn: %s', (n) => {
    expect(luhnValid(n)).toBe(true);
  });

  it.each([
    '4242 4242 4242 4241',
    '1234 5678 9012 3456',
    '4242',
    '',
    'abcd efgh ijkl mnop',
    '4242-4242-4242-42420000',
  ])('refuses %j', (n) => {
    expect(luhnValid(n)).toBe(false);
  });

  it('accepts spaces and hyphens', () => {
    expect(luhnValid('4242-4242-4242-4242')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
  });

  it('tells the brand', () => {
    expect(cardBrand('4242424242424242')).toBe('visa');
    expect(cardBrand('5555 5555 5555 4444')).toBe('mastercard');
    expect(cardBrand('2221000000000009')).toBe('mastercard');
    expect(cardBrand('378282246310005')).toBe('amex');
    expect(cardBrand('6011111111111117')).toBe('unknown');
  });

  it('masks all but the first and last four digits', () => {
    expect(maskCard('4242 4242 4242 4242')).toBe('4242-****-****-4242');
    expect(maskCard('378282246310005').replace(/\D/g, '')).toHaveLength(8);
  });

  it('checks expiry and CVC', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(expiryValid('11/26', now)).toBe(true);
    expect(expiryValid('10/26', now)).toBe(false);
    expect(expiryValid('01/27', now)).toBe(true);
    expect(expiryValid('13/27', now)).toBe(false);
    // Issue #17: a keypad without "/" gives 1127, which now means 11/27 (it was refused).
    expect(expiryValid('1127', now)).toBe(true);
    expect(expiryValid('112', now)).toBe(false);
    expect(cvcValid('123', 'visa')).toBe(true);
    expect(cvcValid('1234', 'visa')).toBe(false);
    expect(cvcValid('1234', 'amex')).toBe(true);
  });

  it('answers each test card with its outcome, and any other valid card with approval', () => {
    expect(cardOutcome('4000000000000002')).toBe('declined');
    expect(cardOutcome('4000 0000 0000 9995')).toBe('insufficient_funds');
    expect(cardOutcome('4000 0000 0000 0119')).toBe('processing_error');
    expect(cardOutcome('4242 4242 4242 4242')).toBe('approved');
    expect(cardOutcome('4012 8888 8888 1881')).toBe('approved');
  });
});

describe('card brand by its leading digits', () => {
  it.each([
    ['4000 0000 0000 0002', 'visa'],
    ['5000 0000 0000 0000', 'unknown'],
    ['5100 0000 0000 0000', 'mastercard'],
    ['5555 5555 5555 4444', 'mastercard'],
    ['5600 0000 0000 0000', 'unknown'],
    // Mastercard's 2-series: 2221 to 2720.
    ['2100 0000 0000 0000', 'unknown'],
    ['2221 0000 0000 0009', 'mastercard'],
    ['2299 0000 0000 0000', 'mastercard'],
    ['2300 0000 0000 0000', 'mastercard'],
    ['2699 9999 9999 9999', 'mastercard'],
    ['2700 0000 0000 0000', 'mastercard'],
    ['2719 9999 9999 9999', 'mastercard'],
    ['2720 9999 9999 9999', 'mastercard'],
    ['2721 0000 0000 0000', 'unknown'],
    ['2800 0000 0000 0000', 'unknown'],
    ['3400 000000 00000', 'amex'],
    ['3700 000000 00000', 'amex'],
    ['3500 000000 00000', 'unknown'],
  ] as const)('%s is %s', (number, brand) => {
    expect(cardBrand(number)).toBe(brand);
  });

  it('reads the brand from the start of the number only', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('0', '1', '6', '7', '8', '9'),
        fc.stringMatching(/^\d{15}$/),
        (first, rest) => {
          expect(cardBrand(first + rest)).toBe('unknown');
        },
      ),
    );
  });
});

describe('expiry (MM/YY, valid to the end of its month)', () => {
  const now = new Date('2026-12-15T12:00:00Z');
  it.each([
    ['12/26', true],
    ['11/26', false],
    ['01/27', true],
    ['12/25', false],
    ['00/27', false],
    ['13/27', false],
    ['12 / 26', true],
    [' 12/26 ', true],
    ['x12/26', false],
    ['12/26x', false],
    ['12/2026', false],
    ['1/27', false],
    // Numeric keypads often have no "/" (issue #17).
    ['1226', true],
    ['1126', false],
    ['12 26', true],
    ['122', false],
    ['12266', false],
    ['12-26', false],
  ] as const)('%j on 15/12/2026 → %s', (expiry, valid) => {
    expect(expiryValid(expiry, now)).toBe(valid);
  });

  it.each([
    ['1230', '12/30'],
    ['12/30', '12/30'],
    ['12 / 30', '12/30'],
    [' 12 30 ', '12/30'],
    ['1/30', '1/30'],
    ['', ''],
  ])('%j is handed on as %j', (typed, normal) => {
    expect(normalizeExpiry(typed)).toBe(normal);
  });

  it.each([
    ['1', '1'],
    ['12', '12'],
    ['123', '12/3'],
    ['1230', '12/30'],
    ['12/', '12'],
    ['12/3', '12/3'],
    ['12 / 30', '12/30'],
    ['12305', '12/30'],
    ['ab12cd30', '12/30'],
  ])('typing %j shows %j', (typed, shown) => {
    expect(formatExpiryInput(typed)).toBe(shown);
  });

  it('accepts the current month and refuses the one before, whatever the date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-02-01'), max: new Date('2098-12-31'), noInvalidDate: true }),
        (date) => {
          const mmyy = (d: Date) =>
            `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCFullYear() % 100).padStart(2, '0')}`;
          const lastMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1));
          expect(expiryValid(mmyy(date), date)).toBe(true);
          expect(expiryValid(mmyy(lastMonth), date)).toBe(false);
        },
      ),
    );
  });
});

describe('CVC', () => {
  it.each([
    ['123', 'visa', true],
    ['123', 'mastercard', true],
    ['123', 'unknown', true],
    ['12', 'visa', false],
    ['1234', 'mastercard', false],
    ['12a', 'visa', false],
    ['1234', 'amex', true],
    ['123', 'amex', false],
    ['12345', 'amex', false],
    ['a1234', 'amex', false],
    ['1234a', 'amex', false],
  ] as const)('%j for %s → %s', (cvc, brand, valid) => {
    expect(cvcValid(cvc, brand)).toBe(valid);
  });
});

describe('the simulated processor', () => {
  // The test cards documented on the checkout page and in docs/payments.md.
  it.each([
    ['4242 4242 4242 4242', 'approved'],
    ['5555 5555 5555 4444', 'approved'],
    ['4000 0000 0000 0002', 'declined'],
    ['4000 0000 0000 9995', 'insufficient_funds'],
    ['4000 0000 0000 0119', 'processing_error'],
    ['4000-0000-0000-0119', 'processing_error'],
  ] as const)('answers %s with %s', (number, outcome) => {
    expect(cardOutcome(number)).toBe(outcome);
  });
});

describe('Luhn', () => {
  // Check digit computed independently: the sum of the digits of each doubled digit.
  const checkDigit = (body: string) => {
    const sum = [...body]
      .reverse()
      .map(Number)
      .reduce((s, d, i) => s + (i % 2 === 0 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d]! : d), 0);
    return String((10 - (sum % 10)) % 10);
  };

  it('accepts a number with its check digit and refuses every other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11,18}$/), (body) => {
        const good = checkDigit(body);
        for (let d = 0; d <= 9; d++) expect(luhnValid(body + d)).toBe(String(d) === good);
      }),
    );
  });

  it.each(['4242424242424', '42424242424242424'])(
    'accepts numbers of any length from 12 to 19 digits: %s',
    (body) => {
      expect(luhnValid(body + checkDigit(body))).toBe(true);
    },
  );
});
