import { createHmac } from 'node:crypto';
import type { CinetpayTransactionRow } from '../schema';
import { CINETPAY_MESSAGES, cinetpayDate, type CinetpayCode } from './codes';

/**
 * A notification's fields, in the order of the x-token recipe (HMAC-FR/EN) and posted in that
 * order (D12), so both the documented recipe and SDK-PHP's `implode('', $_POST)` verify.
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

export type NotificationFields = Record<(typeof NOTIFICATION_FIELDS)[number], string>;

/** Lowercase hex HMAC-SHA256 of the values concatenated with no separator (PHP's hash_hmac). */
export function xToken(fields: NotificationFields, secretKey: string): string {
  const data = NOTIFICATION_FIELDS.map((name) => fields[name]).join('');
  return createHmac('sha256', secretKey).update(data, 'utf8').digest('hex');
}

/** The form body, `application/x-www-form-urlencoded`, fields in the concatenation order. */
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
