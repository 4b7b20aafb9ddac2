import { controlRoute } from '@/lib/sandbox/control';
import { listReports } from '@/lib/sandbox/inspect';

export const dynamic = 'force-dynamic';

/** GET /sandbox/api/reports?transaction_id= — LOVAT reports stored (once per id and status). */
export const GET = controlRoute(async (db, request) => {
  const transactionId = new URL(request.url).searchParams.get('transaction_id') ?? undefined;
  return Response.json({ reports: await listReports(db, { transactionId }) });
});
