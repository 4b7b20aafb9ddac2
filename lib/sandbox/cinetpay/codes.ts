/**
 * CinetPay's answer codes and messages as its documentation spells them (`SUCCES` with one S,
 * `INSUFFISENT_BALANCE` sic), and the values its requests accept. See docs/specs/ and
 * CINETPAY.md sections 1–2.
 */
export const CINETPAY_MESSAGES = {
  '00': 'SUCCES',
  '201': 'CREATED',
  '403': 'Forbidden',
  '429': 'TOO_MANY_REQUEST',
  '600': 'PAYMENT_FAILED',
  '602': 'INSUFFISENT_BALANCE',
  '603': 'SERVICE_UNAVAILABLE',
  '604': 'OTP_CODE_ERROR',
  '606': 'INCORRECT_SETTINGS',
  '608': 'MINIMUM_REQUIRED_FIELDS',
  '609': 'AUTH_NOT_FOUND',
  '613': 'ERROR_SITE_ID_NOTVALID',
  '623': 'WAITING_CUSTOMER_TO_VALIDATE',
  '624': 'An error occurred while processing the request',
  '627': 'TRANSACTION_CANCEL',
  '635': 'ERROR_PHONE_NUMBER_NOT_FOUND',
  '636': 'ERROR_PHONE_NUMBER_NOT_SUPPORTED',
  '641': 'ERROR_AMOUNT_TOO_LOW',
  '642': 'ERROR_AMOUNT_TOO_HIGH',
  '662': 'WAITING_CUSTOMER_PAYMENT',
  '663': 'WAITING_CUSTOMER_OTP_CODE',
  '664': 'WAITING_CUSTOMER_PAYMENT_AT_OPERATOR_SIDE',
  '804': 'OPERATOR_UNAVAILABLE',
  '807': 'DAILY_MAX_NUMBER_TRANSACTION_REACHED',
  '808': 'DAILY_MAX_AMOUNT_TRANSACTION_REACHED',
  '809': 'MONTHLY_MAX_AMOUNT_TRANSACTION_REACHED',
  '810': 'MONTHLY_MAX_NUMBER_TRANSACTION_REACHED',
  '811': 'WEEKLY_MAX_AMOUNT_TRANSACTION_REACHED',
  '812': 'WEEKLY_MAX_NUMBER_TRANSACTION_REACHED',
} as const;

export type CinetpayCode = keyof typeof CINETPAY_MESSAGES;

export function isCinetpayCode(value: string): value is CinetpayCode {
  return Object.hasOwn(CINETPAY_MESSAGES, value);
}

/** A code a fault may force on the init or check endpoint: any documented one but success. */
export const isForcibleCinetpayCode = (value: string) =>
  isCinetpayCode(value) && value !== '00' && value !== '201';

/** The HTTP status of an error answer (D1: 4xx, the body's code says which error). */
export function errorStatus(code: string): number {
  if (code === '403') return 403;
  if (code === '429') return 429;
  if (code === '609' || code === '613') return 401;
  return 400;
}

export const CURRENCIES = ['XOF', 'XAF', 'CDF', 'GNF', 'USD'] as const;
/** D4: the documented floor of 100 applies to these; the others only need a positive amount. */
export const MINIMUM_100 = new Set(['XOF', 'XAF', 'GNF']);

export const CHANNELS = ['ALL', 'MOBILE_MONEY', 'CREDIT_CARD', 'WALLET'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Payment methods the guichet offers, as CinetPay names them, and the channel of each. */
export const CINETPAY_METHODS = ['OM', 'MOMO', 'FLOOZ', 'WAVE', 'CARD'] as const;
export type CinetpayMethod = (typeof CINETPAY_METHODS)[number];
export const METHOD_CHANNEL: Record<CinetpayMethod, Exclude<Channel, 'ALL'>> = {
  OM: 'MOBILE_MONEY',
  MOMO: 'MOBILE_MONEY',
  FLOOZ: 'MOBILE_MONEY',
  WAVE: 'WALLET',
  CARD: 'CREDIT_CARD',
};

/** The methods a transaction's channels allow, in the guichet's order. */
export function methodsFor(channels: string): CinetpayMethod[] {
  const set = new Set(channels.split(',').map((c) => c.trim()));
  return set.has('ALL')
    ? [...CINETPAY_METHODS]
    : CINETPAY_METHODS.filter((m) => set.has(METHOD_CHANNEL[m]));
}

export const OUTCOMES = ['accepted', 'refused', 'abandoned', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** D11: the code a final outcome leaves on the transaction. */
export const OUTCOME_CODE = {
  accepted: '00',
  refused: '600',
  abandoned: '627',
  pending: '623',
} as const satisfies Record<Outcome, CinetpayCode>;

/** "1663323067.7677", as CinetPay's answers carry it. */
export function apiResponseId(now = Date.now()): string {
  const fraction = String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  return `${Math.floor(now / 1000)}.${fraction}`;
}

/** `YYYY-MM-DD HH:MM:SS` in Abidjan's time (UTC+0), CinetPay's date format. */
export function cinetpayDate(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
