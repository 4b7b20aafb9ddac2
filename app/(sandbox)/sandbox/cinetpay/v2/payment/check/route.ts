import { getConfig } from '@/lib/config';
import { checkPayment } from '@/lib/sandbox/cinetpay/check';
import { sandboxEndpoint } from '@/lib/sandbox/http';

export const dynamic = 'force-dynamic';

/** CinetPay's verification, POST {base}/v2/payment/check. */
export const { POST, GET, PUT, PATCH, DELETE } = sandboxEndpoint({
  upstream: 'cinetpay',
  endpoint: 'cinetpay_check',
  handle: ({ db, request, raw }) =>
    checkPayment(db, {
      contentType: request.headers.get('content-type') ?? '',
      raw,
      appUrl: getConfig().appUrl,
    }),
});
