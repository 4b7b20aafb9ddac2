import { receiveTransaction } from '@/lib/sandbox/lovat/api';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'lovat',
  endpoint: 'lovat',
  handle: ({ db, request, raw, url }) =>
    receiveTransaction(db, {
      token: decodeURIComponent(url.pathname.split('/').pop() ?? ''),
      query: url.searchParams,
      contentType: request.headers.get('content-type') ?? '',
      raw,
    }),
});
