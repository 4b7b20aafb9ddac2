import seedData from '../seed.json';

/**
 * The CinetPay twin's one merchant site: the defaults of CINETPAY_APIKEY, CINETPAY_SITE_ID and
 * CINETPAY_SECRET_KEY while SANDBOX=on. No `server-only`: the configuration reads it too.
 */
export const SANDBOX_CINETPAY: Readonly<{ apikey: string; siteId: string; secretKey: string }> = {
  apikey: seedData.cinetpay.apikey,
  siteId: seedData.cinetpay.site_id,
  secretKey: seedData.cinetpay.secret_key,
};
