import { controlRoute, numberParam } from '@/lib/sandbox/control';
import { listRequests, UPSTREAMS } from '@/lib/sandbox/journal';

export const dynamic = 'force-dynamic';

/** GET /sandbox/api/requests?upstream=enov|lovat|sms|cinetpay&endpoint=&limit= — newest first. */
export const GET = controlRoute(async (db, request) => {
  const url = new URL(request.url);
  const upstream = url.searchParams.get('upstream');
  if (upstream && !(UPSTREAMS as readonly string[]).includes(upstream)) {
    return Response.json(
      { error: `upstream must be one of ${UPSTREAMS.join(', ')}` },
      { status: 400 },
    );
  }
  const requests = await listRequests(db, {
    upstream: upstream ?? undefined,
    endpoint: url.searchParams.get('endpoint') ?? undefined,
    limit: numberParam(url, 'limit'),
  } as Parameters<typeof listRequests>[1]);
  return Response.json({ requests });
});
