import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The notification's fields in the order CinetPay concatenates them for its `x-token`
 * (docs/specs/cinetpay.md §3): plain concatenation, no separator, values as posted.
 */
export const NOTIFICATION_FIELDS = [
  'cpm_site_id',
  'cpm_trans_id',
  'cpm_trans_date',
  'cpm_amount',
  'cpm_currency',
  'signature',
  'payment_method',
  'cel_phone_num',
  'cpm_phone_prefixe',
  'cpm_language',
  'cpm_version',
  'cpm_payment_config',
  'cpm_page_action',
  'cpm_custom',
  'cpm_designation',
  'cpm_error_message',
] as const;

/** HMAC-SHA256 of the concatenated fields, lowercase hex, as CinetPay computes it. */
export function notificationToken(form: Pick<URLSearchParams, 'get'>, secretKey: string): string {
  const data = NOTIFICATION_FIELDS.map((name) => form.get(name) ?? '').join('');
  return createHmac('sha256', secretKey).update(data).digest('hex');
}

/**
 * Whether a notification carries the token only CinetPay (who has our secret) can compute,
 * with any of `secretKeys`: the current key and, during a rotation, the one it replaced.
 * Empty keys open nothing.
 */
export function tokenValid(
  form: Pick<URLSearchParams, 'get'>,
  received: string | null,
  secretKeys: string | readonly string[],
): boolean {
  if (!received) return false;
  const given = Buffer.from(received.trim().toLowerCase());
  const keys = (typeof secretKeys === 'string' ? [secretKeys] : secretKeys).filter(Boolean);
  return keys.some((key) => {
    const expected = Buffer.from(notificationToken(form, key));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
