/**
 * How much goes to which invoice. Amounts are whole XOF. A payment of less than everything
 * selected is allocated to the oldest invoices first, each filled before the next gets anything.
 */

export interface Due {
  reference: string;
  /** ISO yyyy-mm-dd; oldest first is by this date, then by reference. */
  issueDate: string;
  remaining: number;
}

export interface Allocation {
  reference: string;
  amount: number;
  /** True when this allocation pays what is left on the invoice. */
  settles: boolean;
}

export type AmountProblem = 'notWhole' | 'belowMinimum' | 'aboveDue' | 'nothingDue';

/** Why an amount cannot be paid on invoices totalling `due`, or null when it can. */
export function checkAmount(amount: number, due: number, minimum: number): AmountProblem | null {
  if (due <= 0) return 'nothingDue';
  if (!Number.isSafeInteger(amount) || amount <= 0) return 'notWhole';
  if (amount > due) return 'aboveDue';
  // Paying everything that is left is always allowed, even below the minimum.
  if (amount < minimum && amount !== due) return 'belowMinimum';
  return null;
}

export function totalDue(invoices: readonly Due[]): number {
  return invoices.reduce((sum, i) => sum + i.remaining, 0);
}

export function allocate(amount: number, invoices: readonly Due[]): Allocation[] {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`invalid amount ${amount}`);
  if (amount > totalDue(invoices)) throw new RangeError(`amount ${amount} above what is due`);
  const oldestFirst = [...invoices].sort(
    (a, b) => a.issueDate.localeCompare(b.issueDate) || a.reference.localeCompare(b.reference),
  );
  const allocations: Allocation[] = [];
  let left = amount;
  for (const invoice of oldestFirst) {
    if (left === 0) break;
    if (invoice.remaining <= 0) continue;
    const share = Math.min(left, invoice.remaining);
    allocations.push({
      reference: invoice.reference,
      amount: share,
      settles: share === invoice.remaining,
    });
    left -= share;
  }
  return allocations;
}
