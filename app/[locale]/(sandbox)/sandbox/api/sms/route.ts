import { controlRoute, numberParam } from '@/lib/sandbox/control';
import { listSms } from '@/lib/sandbox/sms/api';

export const dynamic = 'force-dynamic';

/** GET /sandbox/api/sms?to=&limit= — text messages the app sent, newest first. */
export const GET = controlRoute(async (db, request) => {
  const url = new URL(request.url);
  const to = url.searchParams.get('to') ?? undefined;
  return Response.json({ messages: await listSms(db, { to, limit: numberParam(url, 'limit') }) });
});
