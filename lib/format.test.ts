import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatXof, parseDayMonthYear, parseXofAmount } from './format';

const spaces = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatXof', () => {
  it.each([
    [0, '0 FCFA'],
    [500, '500 FCFA'],
    [25000, '25 000 FCFA'],
    [1250000, '1 250 000 FCFA'],
    [-18350, '-18 350 FCFA'],
  ])('formats %i as %s', (amount, expected) => {
    expect(spaces(formatXof(amount))).toBe(expected);
  });

  it('uses no-break spaces so an amount never wraps', () => {
    expect(formatXof(25000)).toBe('25\u00a0000\u00a0FCFA');
  });

  it('refuses fractions: XOF has no minor unit', () => {
    expect(() => formatXof(10.5)).toThrow(RangeError);
    expect(() => formatXof(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseXofAmount (issue #17: amounts as policyholders type them)', () => {
  it.each([
    ['30000', 30000],
    ['30 000', 30000],
    ['30.000', 30000],
    ['30,000', 30000],
    ['30\u00a0000', 30000],
    ['30\u202f000', 30000],
    [' 30 000 ', 30000],
    ['30  000', 30000],
    ['1 250 000', 1250000],
    ['1.250.000', 1250000],
    ['1,250,000', 1250000],
    ['30 000 FCFA', 30000],
    ['30000F', 30000],
    ['30 000 F CFA', 30000],
    ['500', 500],
    ['0', 0],
  ])('reads %j as %i', (typed, amount) => {
    expect(parseXofAmount(typed)).toBe(amount);
  });

  it.each([
    '',
    '   ',
    'abc',
    '30.5',
    '30,50',
    '30,00',
    '3.0000',
    '1.000,000',
    '1 000.000',
    '30 00',
    '-5000',
    '+5000',
    '5e3',
    '0x10',
    '99999999999999999999',
  ])('refuses %j', (typed) => {
    expect(parseXofAmount(typed)).toBeNull();
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseXofAmount(formatXof(n))).toBe(n);
      }),
    );
  });
});

describe('dates', () => {
  it('formats dd/mm/yyyy in UTC+0 (Abidjan)', () => {
    expect(formatDate(new Date('2026-03-05T23:59:00Z'))).toBe('05/03/2026');
    expect(formatDateTime(new Date('2026-11-23T08:07:00Z'))).toBe('23/11/2026 08:07');
  });

  it('parses real dd/mm/yyyy dates only', () => {
    expect(parseDayMonthYear('05/09/2026')?.toISOString()).toBe('2026-09-05T00:00:00.000Z');
    expect(parseDayMonthYear('29/02/2028')).not.toBeNull();
    expect(parseDayMonthYear('29/02/2026')).toBeNull();
    expect(parseDayMonthYear('31/04/2026')).toBeNull();
    expect(parseDayMonthYear('2026-09-05')).toBeNull();
    expect(parseDayMonthYear('5/9/2026')).toBeNull();
  });
});

describe('formats', () => {
  it('adds the seconds when asked', () => {
    const at = new Date('2026-11-23T08:07:09Z');
    expect(formatDateTime(at, { seconds: true })).toBe('23/11/2026 08:07:09');
    expect(formatDateTime(at, { seconds: false })).toBe('23/11/2026 08:07');
  });

  it('names the amount it refuses', () => {
    expect(() => formatXof(10.5)).toThrow('not a whole XOF amount: 10.5');
  });
});

describe('parseDayMonthYear never shifts a date', () => {
  // Date.UTC rolls an impossible date over into a real one (13th month → January of the next
  // year, 31 April → 1 May, year 50 → 1950); the parser must refuse it instead.
  it.each([
    ['05/13/2026', 'month 13'],
    ['05/00/2026', 'month 0'],
    ['32/01/2026', 'day 32'],
    ['00/01/2026', 'day 0'],
    ['31/04/2026', '31 April'],
    ['31/12/0050', 'a year Date.UTC reads as 1950'],
    ['01/01/0000', 'year 0'],
  ])('refuses %s (%s)', (text) => {
    expect(parseDayMonthYear(text)).toBeNull();
  });

  it.each([
    ['31/12/2026', '2026-12-31'],
    ['01/01/2027', '2027-01-01'],
    ['29/02/2000', '2000-02-29'],
    ['01/01/0100', '0100-01-01'],
    [' 05/09/2026 ', '2026-09-05'],
  ])('reads %j', (text, iso) => {
    expect(parseDayMonthYear(text)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each(['x05/09/2026', '05/09/2026x', '05/09/20261', '105/09/2026', '05-09-2026'])(
    'refuses %j: nothing around the date',
    (text) => {
      expect(parseDayMonthYear(text)).toBeNull();
    },
  );

  it('returns either nothing or exactly the date that was written', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const four = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(two, two, four, (dd, mm, yyyy) => {
        const text = `${dd}/${mm}/${yyyy}`;
        const date = parseDayMonthYear(text);
        // Days 1 to 28 of months 1 to 12 exist in every year Date.UTC takes as written.
        const surelyReal = +mm >= 1 && +mm <= 12 && +dd >= 1 && +dd <= 28 && +yyyy >= 100;
        if (date) expect(date.toISOString().slice(0, 10)).toBe(`${yyyy}-${mm}-${dd}`);
        else expect(surelyReal).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every date it formats', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
          expect(parseDayMonthYear(formatDate(d))).toEqual(day);
        },
      ),
    );
  });
});
