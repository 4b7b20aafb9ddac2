import { NOTIFICATION_FIELDS, notificationToken } from '@/lib/cinetpay/hmac';
import type { CinetpayTransactionRow } from '../schema';
import { CINETPAY_MESSAGES, cinetpayDate, type CinetpayCode } from './codes';

export { NOTIFICATION_FIELDS };

export type NotificationFields = Record<(typeof NOTIFICATION_FIELDS)[number], string>;

/**
 * The twin signs with the same recipe our client checks (lib/cinetpay/hmac.ts); a test vector
 * computed apart (x-token.test.ts) keeps that recipe honest for both.
 */
export function xToken(fields: NotificationFields, secretKey: string): string {
  return notificationToken(new URLSearchParams(fields), secretKey);
}

/**
 * The form body, `application/x-www-form-urlencoded`, fields in the concatenation order (D12),
 * so both the documented recipe and SDK-PHP's `implode('', $_POST)` verify.
 */
export function notificationBody(fields: NotificationFields): string {
  return new URLSearchParams(NOTIFICATION_FIELDS.map((name) => [name, fields[name]])).toString();
}

const IVORIAN_PREFIX = '225';
const TEST_WALLET = '0700000001';

/**
 * The paying number split as CinetPay posts it (`cel_phone_num`, `cpm_phone_prefixe`): the
 * customer's number when the merchant gave one (an Ivorian number unless it says +225…), a
 * test wallet for mobile money otherwise, nothing for a card paid without a number.
 */
export function payingPhone(phone: string | undefined, method: string | null): [string, string] {
  const digits = (phone ?? '').replace(/\D/g, '');
  if (digits.startsWith(IVORIAN_PREFIX) && digits.length > 10) {
    return [digits.slice(IVORIAN_PREFIX.length), IVORIAN_PREFIX];
  }
  if (digits) return [digits, IVORIAN_PREFIX];
  return method && method !== 'CARD' ? [TEST_WALLET, IVORIAN_PREFIX] : ['', ''];
}

type NotifiedTransaction = Pick<
  CinetpayTransactionRow,
  | 'siteId'
  | 'transactionId'
  | 'createdAt'
  | 'amount'
  | 'currency'
  | 'signature'
  | 'paymentMethod'
  | 'customer'
  | 'lang'
  | 'metadata'
  | 'description'
  | 'code'
>;

/** What the twin posts about a transaction in its current state (D12). */
export function notificationFields(tx: NotifiedTransaction): NotificationFields {
  const [phone, prefix] = payingPhone(tx.customer.phone_number, tx.paymentMethod);
  return {
    cpm_site_id: tx.siteId,
    cpm_trans_id: tx.transactionId,
    cpm_trans_date: cinetpayDate(tx.createdAt),
    cpm_amount: String(tx.amount),
    cpm_currency: tx.currency,
    signature: tx.signature,
    payment_method: tx.paymentMethod ?? '',
    cel_phone_num: phone,
    cpm_phone_prefixe: prefix,
    cpm_language: tx.lang,
    cpm_version: 'V4',
    cpm_payment_config: 'SINGLE',
    cpm_page_action: 'PAYMENT',
    cpm_custom: tx.metadata ?? '',
    cpm_designation: tx.description,
    cpm_error_message: CINETPAY_MESSAGES[tx.code as CinetpayCode] ?? tx.code,
  };
}
