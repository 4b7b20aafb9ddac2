import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  cardOutcome,
  cvcValid,
  expiryValid,
  luhnValid,
  maskCard,
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
    expect(expiryValid('1127', now)).toBe(false);
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
