import { isAppliedRepeat, notifyPayment } from '@/lib/sandbox/enov/api';
import { parseEnovBody } from '@/lib/sandbox/enov/body';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'enov',
  endpoint: 'enovipn',
  handle: async ({ db, request, raw }) => ({
    status: 200,
    body: await notifyPayment(db, parseEnovBody(request.headers.get('content-type') ?? '', raw)),
  }),
  alreadyDone: ({ db, request, raw }) =>
    isAppliedRepeat(db, parseEnovBody(request.headers.get('content-type') ?? '', raw)),
});
