import { describe, expect, it } from 'vitest';
import { newPaymentId, newPaymentReference, newReceiptToken, noticeReference } from './ids';

// Crockford's base32: digits and capitals without I, L, O and U.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const draw = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

describe('payment references', () => {
  it('are PAY- and ten Crockford base32 characters', () => {
    for (const reference of draw(200, newPaymentReference)) {
      expect(reference).toMatch(/^PAY-[0-9A-HJKMNP-TV-Z]{10}$/);
    }
  });

  it('use the whole alphabet, every position (50 bits)', () => {
    const references = draw(2_000, newPaymentReference);
    for (let position = 4; position < 14; position++) {
      const seen = new Set(references.map((r) => r[position]));
      expect([...seen].sort().join('')).toBe(CROCKFORD);
    }
  });

  it('do not repeat', () => {
    const references = draw(5_000, newPaymentReference);
    expect(new Set(references).size).toBe(references.length);
  });
});

describe('other identifiers', () => {
  it('gives each payment a random UUID', () => {
    const ids = draw(100, newPaymentId);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each receipt a 256-bit token that fits in a URL', () => {
    const tokens = draw(100, newReceiptToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it.each([
    [0, 'PAY-7K2M9Q4X1B-1'],
    [1, 'PAY-7K2M9Q4X1B-2'],
    [9, 'PAY-7K2M9Q4X1B-10'],
  ])('numbers the notice of the invoice at position %i from 1: %s', (position, expected) => {
    expect(noticeReference('PAY-7K2M9Q4X1B', position)).toBe(expected);
  });
});
