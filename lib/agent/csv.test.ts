import { describe, expect, it } from 'vitest';
import { csvStream, neutralise, paymentCsvRow, CSV_COLUMNS, type CsvColumn } from './csv';
import type { PaymentRow } from '@/lib/db/schema';

const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<
  CsvColumn,
  string
>;

const payment = (over: Partial<PaymentRow> = {}): PaymentRow & { invoices: string[] } => ({
  id: 'p1',
  reference: 'PAY-ABC',
  receiptToken: 't',
  idempotencyKey: 'k',
  requestHash: 'h',
  contractId: '2021007730',
  amount: 25_000,
  method: 'card',
  methodDetail: '4242-****-****-4242',
  walletNumber: null,
  processor: 'simulated',
  processorToken: null,
  processorUrl: null,
  processorChecks: 0,
  processorNextCheckAt: null,
  billing: { address: 'Rue 12', city: 'Abidjan', country: 'CIV', phone: '' },
  customerIp: null,
  locale: 'fr',
  state: 'confirmed',
  refundedAmount: 0,
  chargedBackAmount: 0,
  stateReason: null,
  approvalExpiresAt: null,
  createdAt: new Date('2026-11-23T09:05:00Z'),
  updatedAt: new Date(),
  capturedAt: null,
  confirmedAt: null,
  invoices: ['FAC-1', 'FAC-2'],
  ...over,
});

async function csvOf(rows: ReturnType<typeof paymentCsvRow>[]) {
  async function* gen() {
    yield* rows;
  }
  const bytes = await new Response(csvStream(gen(), headers)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+2250700000001', `'+2250700000001`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\r=1', `'\r=1`],
    ['Cocody, Abidjan', 'Cocody, Abidjan'],
    ['', ''],
  ])('neutralises %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it('writes a BOM, a header row and quoted cells, with formulas made inert', async () => {
    const text = await csvOf([
      paymentCsvRow(
        payment({ billing: { address: '', city: '=cmd|"/c calc"!A1', country: 'CIV', phone: '' } }),
      ),
      paymentCsvRow(
        payment({ reference: 'PAY-2', stateReason: 'a "quoted", reason\nwith a newline' }),
      ),
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => c.toUpperCase()).join(','));
    expect(lines[1]).toBe(
      `PAY-ABC,23/11/2026 09:05,2021007730,FAC-1 FAC-2,card,4242-****-****-4242,25000,0,0,confirmed,,"'=cmd|""/c calc""!A1",CIV`,
    );
    expect(text).toContain('"a ""quoted"", reason\nwith a newline"');
  });

  it('keeps amounts as plain integers a spreadsheet can add up', () => {
    const row = paymentCsvRow(payment({ amount: 1_250_000, refundedAmount: 5_000 }));
    expect(row.amount).toBe(1_250_000);
    expect(row.refunded).toBe(5_000);
  });
});
