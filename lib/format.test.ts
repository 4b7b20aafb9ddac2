import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatXof, parseDayMonthYear } from './format';

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
