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
