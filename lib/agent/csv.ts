import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { formatDateTime } from '@/lib/format';
import type { PaymentRow } from '@/lib/db/schema';

/**
 * Payments as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the accents).
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
 * prefixed with an apostrophe: a billing address typed by a customer must never become code
 * on an agent's computer.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  'reference',
  'createdAt',
  'contract',
  'invoices',
  'method',
  'methodDetail',
  'amount',
  'refunded',
  'chargedBack',
  'state',
  'stateReason',
  'city',
  'country',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function paymentCsvRow(
  p: PaymentRow & { invoices: string[] },
): Record<CsvColumn, string | number> {
  return {
    reference: p.reference,
    createdAt: formatDateTime(p.createdAt),
    contract: p.contractId,
    invoices: p.invoices.join(' '),
    method: p.method,
    methodDetail: p.methodDetail,
    amount: p.amount,
    refunded: p.refundedAmount,
    chargedBack: p.chargedBackAmount,
    state: p.state,
    stateReason: p.stateReason ?? '',
    city: p.billing.city,
    country: p.billing.country,
  };
}

/** Streams rows as CSV with the given headers: memory stays flat however many rows match. */
export function csvStream(
  rows: AsyncIterable<Record<CsvColumn, string | number>>,
  headers: Record<CsvColumn, string>,
): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    header: true,
    columns: CSV_COLUMNS.map((key) => ({ key, header: headers[key] })),
    bom: true,
    record_delimiter: 'windows',
    cast: { string: neutralise },
  });
  Readable.from(rows).pipe(stringifier);
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}
