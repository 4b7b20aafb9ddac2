import { code as currencyByCode } from 'currency-codes';
import countries from 'i18n-iso-countries';

/**
 * LOVAT's field rules (the SEND API's two tables: digital services and goods), as data. The
 * sandbox enforces them on what it receives, and our client checks its own reports against the
 * same table before sending, so a bad report fails here with a precise message rather than as an
 * opaque 400 from LOVAT.
 */

type Format = 'country' | 'currency' | 'datetime' | 'status' | 'serviceCode' | 'float';

export interface FieldRule {
  max?: number;
  required?: boolean;
  format?: Format;
}

const common: Record<string, FieldRule> = {
  transaction_id: { max: 255, required: true },
  transaction_datetime: { required: true, format: 'datetime' },
  transaction_sum: { max: 45, required: true },
  currency: { max: 3, required: true, format: 'currency' },
  arrival_country: { max: 3, format: 'country' },
  arrival_city: { max: 255 },
  arrival_address_line: { max: 255 },
  transaction_status: { required: true, format: 'status' },
};

export const DIGITAL_RULES: Record<string, FieldRule> = {
  ...common,
  customer_ip: { max: 45 },
  customer_phone_number: { max: 100 },
  service_code: { max: 255, format: 'serviceCode' },
  bank_card_number: { max: 19 },
  payment_operator: { max: 45, required: true },
  payment_method_country: { max: 3, required: true, format: 'country' },
  billing_country: { max: 3, required: true, format: 'country' },
  billing_address: { max: 255, required: true },
};

export const GOODS_RULES: Record<string, FieldRule> = {
  ...common,
  good_code: { max: 8 },
  vat_percent: { max: 8, format: 'float' },
  vat: { format: 'float' },
  departure_country: { max: 3, required: true, format: 'country' },
  taxable_jurisdiction: { max: 3, format: 'country' },
  buyer_vat_number: { max: 255 },
};

export const TRANSACTION_STATUSES = [
  'Success',
  'Charge back',
  'refund',
  'Movement own goods',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/** The merchant's registered service type, used when a report carries no service_code. */
export const DEFAULT_SERVICE_CODE = '21';

// ISO 8601 with a time and an offset or Z; the original's own "2017-01-09T08:27:22 +00:00"
// (a space before the offset) is accepted too.
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?( ?[+-]\d{2}:?\d{2}|Z)$/;

const FORMAT_CHECKS: Record<Format, (v: string) => boolean> = {
  country: (v) => /^[A-Z]{3}$/.test(v) && countries.isValid(v),
  currency: (v) => /^[A-Za-z]{3}$/.test(v) && !!currencyByCode(v.toUpperCase()),
  datetime: (v) => ISO_DATETIME.test(v) && !Number.isNaN(Date.parse(v.replace(' ', ''))),
  status: (v) => TRANSACTION_STATUSES.some((s) => s.toLowerCase() === v.toLowerCase()),
  serviceCode: (v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 21,
  float: (v) => /^-?\d+(\.\d+)?$/.test(v),
};

const FORMAT_NAMES: Record<Format, string> = {
  country: 'an ISO 3166-1 alpha-3 country code',
  currency: 'an ISO 4217 currency code',
  datetime: 'an ISO 8601 date and time with an offset',
  status: `one of ${TRANSACTION_STATUSES.join(', ')}`,
  serviceCode: 'a service code from 1 to 21',
  float: 'a number',
};

export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * Checks a report's fields against the table for its kind. Values are given as text (a number
 * is accepted in a String field, its length counted on its text); fields outside the table are
 * ignored, as LOVAT ignores them.
 */
export function checkLovatFields(
  fields: Record<string, string | undefined>,
  digital: boolean,
): FieldProblem[] {
  const rules = digital ? DIGITAL_RULES : GOODS_RULES;
  const problems: FieldProblem[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    const value = fields[field];
    if (value === undefined) {
      if (rule.required) problems.push({ field, problem: 'is required' });
      continue;
    }
    if (value === '') {
      // service_code may be left out (the account's default applies) but never sent empty.
      if (rule.required || field === 'service_code') problems.push({ field, problem: 'is empty' });
      continue;
    }
    if (rule.max !== undefined && [...value].length > rule.max) {
      problems.push({ field, problem: `is longer than ${rule.max} characters` });
    } else if (rule.format && !FORMAT_CHECKS[rule.format](value)) {
      problems.push({ field, problem: `must be ${FORMAT_NAMES[rule.format]}` });
    }
  }
  return problems;
}
