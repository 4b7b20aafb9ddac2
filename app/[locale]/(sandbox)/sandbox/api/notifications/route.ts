import { controlRoute } from '@/lib/sandbox/control';
import { listNotifications } from '@/lib/sandbox/inspect';

export const dynamic = 'force-dynamic';

/** GET /sandbox/api/notifications?refpaiement=&reference= — IPNs that passed validation. */
export const GET = controlRoute(async (db, request) => {
  const q = new URL(request.url).searchParams;
  const notifications = await listNotifications(db, {
    refpaiement: q.get('refpaiement') ?? undefined,
    reference: q.get('reference') ?? undefined,
  });
  return Response.json({ notifications });
});
