import { selectInvoices } from '@/lib/sandbox/enov/api';
import { parseEnovBody } from '@/lib/sandbox/enov/body';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'enov',
  endpoint: 'enovfacture',
  handle: async ({ db, request, raw }) => ({
    status: 200,
    body: await selectInvoices(db, parseEnovBody(request.headers.get('content-type') ?? '', raw)),
  }),
});
