import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, checkAmount, totalDue, type Due } from './allocation';

const invoices: Due[] = [
  { reference: 'C', issueDate: '2026-11-05', remaining: 25_000 },
  { reference: 'A', issueDate: '2026-09-05', remaining: 25_000 },
  { reference: 'B', issueDate: '2026-10-05', remaining: 15_000 },
];

describe('allocate', () => {
  it('pays everything when the amount is the total due', () => {
    expect(allocate(65_000, invoices)).toEqual([
      { reference: 'A', amount: 25_000, settles: true },
      { reference: 'B', amount: 15_000, settles: true },
      { reference: 'C', amount: 25_000, settles: true },
    ]);
  });

  it('fills the oldest invoices first', () => {
    expect(allocate(30_000, invoices)).toEqual([
      { reference: 'A', amount: 25_000, settles: true },
      { reference: 'B', amount: 5_000, settles: false },
    ]);
  });

  it('puts a small amount on the oldest invoice alone', () => {
    expect(allocate(1_000, invoices)).toEqual([{ reference: 'A', amount: 1_000, settles: false }]);
  });

  it('breaks date ties by reference and skips invoices with nothing left', () => {
    const tied: Due[] = [
      { reference: 'Z', issueDate: '2026-01-01', remaining: 10 },
      { reference: 'Y', issueDate: '2026-01-01', remaining: 0 },
      { reference: 'X', issueDate: '2026-01-01', remaining: 10 },
    ];
    expect(allocate(15, tied).map((a) => [a.reference, a.amount])).toEqual([
      ['X', 10],
      ['Z', 5],
    ]);
  });

  it('always allocates exactly the amount, never more than an invoice holds', () => {
    for (let amount = 1; amount <= totalDue(invoices); amount += 997) {
      const result = allocate(amount, invoices);
      expect(result.reduce((s, a) => s + a.amount, 0)).toBe(amount);
      for (const a of result) {
        expect(a.amount).toBeLessThanOrEqual(
          invoices.find((i) => i.reference === a.reference)!.remaining,
        );
      }
    }
  });

  it.each([0, -5, 10.5, 65_001])('refuses %d', (amount) => {
    expect(() => allocate(amount, invoices)).toThrow(RangeError);
  });
});

describe('checkAmount', () => {
  it.each([
    [10_000, 65_000, 500, null],
    [65_000, 65_000, 500, null],
    [300, 300, 500, null],
    [499, 65_000, 500, 'belowMinimum'],
    [65_001, 65_000, 500, 'aboveDue'],
    [0, 65_000, 500, 'notWhole'],
    [12.5, 65_000, 500, 'notWhole'],
    [1_000, 0, 500, 'nothingDue'],
  ] as const)('%d of %d (minimum %d) → %s', (amount, due, minimum, expected) => {
    expect(checkAmount(amount, due, minimum)).toBe(expected);
  });
});

describe('the minimum amount', () => {
  it.each([
    [499, 'belowMinimum'],
    [500, null],
    [501, null],
  ] as const)('%d of 65 000 with a minimum of 500 → %s', (amount, expected) => {
    expect(checkAmount(amount, 65_000, 500)).toBe(expected);
  });

  it('never stops a customer paying everything that is left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (due, minimum) => {
          expect(checkAmount(due, due, minimum)).toBeNull();
        },
      ),
    );
  });
});

describe('amounts that are not a payment', () => {
  it.each([
    [-1, 65_000, 'notWhole'],
    [Number.NaN, 65_000, 'notWhole'],
    [Number.POSITIVE_INFINITY, 65_000, 'notWhole'],
    [Number.MAX_SAFE_INTEGER + 1, Number.MAX_SAFE_INTEGER + 2, 'notWhole'],
    [1_000, -5, 'nothingDue'],
    [0, 0, 'nothingDue'],
    [65_000, 64_999, 'aboveDue'],
  ] as const)('%d of %d → %s', (amount, due, expected) => {
    expect(checkAmount(amount, due, 0)).toBe(expected);
  });

  it('says which amount allocate refuses, and why', () => {
    expect(() => allocate(0, invoices)).toThrow('invalid amount 0');
    expect(() => allocate(65_001, invoices)).toThrow('amount 65001 above what is due');
  });
});

// Any set of open invoices and any amount up to their total.
const dues = fc
  .uniqueArray(
    fc.record({
      reference: fc.stringMatching(/^FAC-\d{3}$/),
      issueDate: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      remaining: fc.integer({ min: 0, max: 500_000 }),
    }),
    { selector: (d) => d.reference, minLength: 1, maxLength: 8 },
  )
  .filter((list) => totalDue(list) > 0);
const duesAndAmount = dues.chain((list) =>
  fc.tuple(fc.constant(list), fc.integer({ min: 1, max: totalDue(list) })),
);

describe('allocation, for any invoices and amount', () => {
  it('allocates exactly the amount, in positive shares no larger than what each invoice owes', () => {
    fc.assert(
      fc.property(duesAndAmount, ([list, amount]) => {
        const result = allocate(amount, list);
        expect(result.reduce((s, a) => s + a.amount, 0)).toBe(amount);
        for (const a of result) {
          const invoice = list.find((i) => i.reference === a.reference)!;
          expect(a.amount).toBeGreaterThan(0);
          expect(a.amount).toBeLessThanOrEqual(invoice.remaining);
          expect(a.settles).toBe(a.amount === invoice.remaining);
        }
      }),
    );
  });

  it('fills invoices oldest first: only the last one is left partly paid, none older is skipped', () => {
    fc.assert(
      fc.property(duesAndAmount, ([list, amount]) => {
        const result = allocate(amount, list);
        const open = list
          .filter((i) => i.remaining > 0)
          .sort((a, b) => (a.issueDate + a.reference).localeCompare(b.issueDate + b.reference));
        expect(result.map((a) => a.reference)).toEqual(
          open.slice(0, result.length).map((i) => i.reference),
        );
        expect(result.slice(0, -1).every((a) => a.settles)).toBe(true);
      }),
    );
  });
});
