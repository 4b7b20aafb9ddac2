import { receiveSms } from '@/lib/sandbox/sms/api';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'sms',
  endpoint: 'sms',
  handle: ({ db, raw, url }) =>
    receiveSms(db, { token: decodeURIComponent(url.pathname.split('/').pop() ?? ''), raw }),
});
