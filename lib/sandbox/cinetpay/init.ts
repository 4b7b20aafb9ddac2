import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/open';
import { sandboxCinetpayTransactions } from '../schema';
import { apiResponseId } from './codes';
import { CUSTOMER_FIELDS, initValuesSchema, LOCKABLE_PHONE, type InitValues } from './init-schema';
import {
  checkCredentials,
  cinetpayError,
  missingFields,
  parseCinetpayBody,
  type CinetpayAnswer,
} from './request';

const REQUIRED = [
  'apikey',
  'site_id',
  'transaction_id',
  'amount',
  'currency',
  'description',
  'notify_url',
  'return_url',
] as const;

/** The guichet's address for a payment token, under the app's public URL. */
export const guichetUrl = (appUrl: string, token: string) =>
  `${appUrl.replace(/\/$/, '')}/sandbox/cinetpay/guichet/${token}`;

function customerOf(v: InitValues): Record<string, string> {
  const customer: Record<string, string> = {};
  for (const field of CUSTOMER_FIELDS) {
    const value = v[field];
    if (value) customer[field.slice('customer_'.length)] = value;
  }
  return customer;
}

/**
 * POST /v2/payment, checked in D2's order: Content-Type (403), JSON (608), required fields
 * (608), apikey (609), site_id (613), values (608), lock_phone_number (624), duplicate (608).
 */
export async function initPayment(
  db: Db,
  input: { contentType: string; raw: string; appUrl: string },
): Promise<CinetpayAnswer> {
  const parsed = parseCinetpayBody(input.contentType, input.raw);
  if (!parsed.ok) return parsed.answer;
  const body = parsed.body;
  const refusal = missingFields(body, REQUIRED) ?? checkCredentials(body);
  if (refusal) return refusal;
  const values = initValuesSchema.safeParse(body);
  if (!values.success) {
    const issue = values.error.issues[0]!;
    return cinetpayError('608', issue.message);
  }
  const v = values.data;
  if (v.lock_phone_number && !LOCKABLE_PHONE.test(v.customer_phone_number ?? '')) {
    return cinetpayError(
      '624',
      'lock_phone_number is true but customer_phone_number is not a valid number',
    );
  }
  const token = randomBytes(32).toString('hex');
  const inserted = await db
    .insert(sandboxCinetpayTransactions)
    .values({
      siteId: String(body.site_id).trim(),
      transactionId: v.transaction_id,
      token,
      signature: randomBytes(24).toString('hex'),
      amount: v.amount,
      currency: v.currency,
      description: v.description,
      metadata: v.metadata ?? null,
      notifyUrl: v.notify_url,
      returnUrl: v.return_url,
      channels: v.channels,
      customer: customerOf(v),
      invoiceData: v.invoice_data ?? null,
      lockPhoneNumber: v.lock_phone_number,
      lang: v.lang,
    })
    .onConflictDoNothing()
    .returning({ id: sandboxCinetpayTransactions.id });
  if (inserted.length === 0) {
    return cinetpayError('608', `transaction_id ${v.transaction_id} is already used`);
  }
  return {
    status: 200,
    body: {
      code: '201',
      message: 'CREATED',
      description: 'Transaction created with success',
      data: { payment_token: token, payment_url: guichetUrl(input.appUrl, token) },
      api_response_id: apiResponseId(),
    },
  };
}
