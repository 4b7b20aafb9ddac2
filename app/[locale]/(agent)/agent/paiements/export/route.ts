import { getTranslations } from 'next-intl/server';
import { csvStream, CSV_COLUMNS, paymentCsvRow, type CsvColumn } from '@/lib/agent/csv';
import { parsePaymentFilter } from '@/lib/agent/payment-filter';
import { allPayments } from '@/lib/agent/queries';
import { currentAgent } from '@/lib/auth/current';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log';

/** The filtered payments as CSV, for any signed-in agent; the same filters as the list. */
export async function GET(request: Request) {
  const agent = await currentAgent();
  if (!agent) return new Response('Unauthorized', { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filter, errors } = parsePaymentFilter(params);
  if (Object.keys(errors).length > 0) {
    return Response.json({ errors }, { status: 400 });
  }
  const t = await getTranslations('Agent.csv');
  const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(c)])) as Record<
    CsvColumn,
    string
  >;
  const db = getDb();
  async function* rows() {
    for await (const p of allPayments(db, filter)) yield paymentCsvRow(p);
  }
  log.info('agent.export', { agentId: agent.id, filter: params });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvStream(rows(), headers), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="paiements-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
