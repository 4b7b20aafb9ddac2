import { controlRoute } from '@/lib/sandbox/control';
import { listInvoices } from '@/lib/sandbox/inspect';

export const dynamic = 'force-dynamic';

/** GET /sandbox/api/invoices?idcontrat=&reference= — paid invoices included. */
export const GET = controlRoute(async (db, request) => {
  const q = new URL(request.url).searchParams;
  const invoices = await listInvoices(db, {
    idcontrat: q.get('idcontrat') ?? undefined,
    reference: q.get('reference') ?? undefined,
  });
  return Response.json({ invoices });
});
