import { getConfig } from '@/lib/config';
import { initPayment } from '@/lib/sandbox/cinetpay/init';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

/** CinetPay's initialisation, POST {base}/v2/payment. */
export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'cinetpay',
  endpoint: 'cinetpay_init',
  handle: ({ db, request, raw }) =>
    initPayment(db, {
      contentType: request.headers.get('content-type') ?? '',
      raw,
      appUrl: getConfig().appUrl,
    }),
});
