import { z } from 'zod';
import { httpFailure, malformed, postUpstream } from '@/lib/upstream/http';
import { failure, success, type UpstreamResult } from '@/lib/upstream/result';
import { verdictOf, type CinetPayVerdict } from './verdict';

/** CinetPay's Checkout API v2 client: initialisation and verification (docs/specs/cinetpay.md). */

export interface CinetPayClientOptions {
  baseUrl: string;
  apikey: string;
  siteId: string;
  timeoutMs: number;
}

export interface CinetPayCustomer {
  name: string;
  surname: string;
  email: string;
  phone: string;
  address: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  state: string;
  zip: string;
}

export interface CinetPayInit {
  transactionId: string;
  amount: number;
  description: string;
  notifyUrl: string;
  returnUrl: string;
  lang: 'fr' | 'en';
  metadata: string;
  customer: CinetPayCustomer;
}

export interface CinetPayStarted {
  paymentToken: string;
  paymentUrl: string;
}

// Codes arrive as JSON strings; a number is read the same way.
const code = z.union([z.string(), z.number()]).transform(String);
const answer = z.object({
  code,
  message: z.string().catch(''),
  description: z.string().optional().catch(undefined),
  data: z.unknown().optional(),
});
const started = z.object({ payment_token: z.string().min(1), payment_url: z.url() });
const checked = z
  .object({
    amount: z.union([z.string(), z.number()]).nullish(),
    currency: z.string().nullish(),
    status: z.string().nullish(),
    payment_method: z.string().nullish(),
    operator_id: z.string().nullish(),
    payment_date: z.string().nullish(),
  })
  .nullish();

function readAnswer(text: string) {
  try {
    const parsed = answer.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** CinetPay's refusal, as a typed failure: its configuration codes are permanent, the rest too. */
function codeFailure(c: string, message: string, description?: string) {
  const transient = c === '429' || c === '603' || c === '804';
  return failure({
    upstream: 'cinetpay',
    kind: transient ? 'transient' : 'permanent',
    reason: 'code',
    code: c,
    message: [message, description].filter(Boolean).join(': ') || `code ${c}`,
  });
}

export function createCinetPayClient(options: CinetPayClientOptions) {
  const post = (path: string, body: object) =>
    postUpstream({
      upstream: 'cinetpay',
      url: `${options.baseUrl}${path}`,
      body: JSON.stringify({ apikey: options.apikey, site_id: options.siteId, ...body }),
      timeoutMs: options.timeoutMs,
      secrets: [options.apikey],
    });

  /** Registers the payment with CinetPay; the customer then pays on `paymentUrl`. */
  async function initPayment(init: CinetPayInit): Promise<UpstreamResult<CinetPayStarted>> {
    const c = init.customer;
    const sent = await post('/v2/payment', {
      transaction_id: init.transactionId,
      amount: init.amount,
      currency: 'XOF',
      description: init.description,
      notify_url: init.notifyUrl,
      return_url: init.returnUrl,
      channels: 'ALL',
      lang: init.lang,
      metadata: init.metadata,
      customer_id: init.metadata,
      customer_name: c.name,
      customer_surname: c.surname,
      customer_email: c.email,
      customer_phone_number: c.phone,
      customer_address: c.address,
      customer_city: c.city,
      customer_country: c.country,
      customer_state: c.state,
      customer_zip_code: c.zip,
    });
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    const body = readAnswer(text);
    if (!body)
      return status === 200
        ? malformed('cinetpay', 'not JSON', text)
        : httpFailure('cinetpay', status, text);
    if (body.code !== '201') return codeFailure(body.code, body.message, body.description);
    const data = started.safeParse(body.data);
    if (!data.success) return malformed('cinetpay', 'no payment URL', text);
    return success({ paymentToken: data.data.payment_token, paymentUrl: data.data.payment_url });
  }

  /** Where the payment stands at CinetPay: the only proof of payment (a notification is a hint). */
  async function checkPayment(transactionId: string): Promise<UpstreamResult<CinetPayVerdict>> {
    const sent = await post('/v2/payment/check', { transaction_id: transactionId });
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    const body = readAnswer(text);
    if (!body)
      return status === 200
        ? malformed('cinetpay', 'not JSON', text)
        : httpFailure('cinetpay', status, text);
    const data = checked.safeParse(body.data);
    if (!data.success) return malformed('cinetpay', 'unknown check data', text);
    const verdict = verdictOf({ code: body.code, message: body.message, data: data.data });
    if (verdict.status === 'transient' || verdict.status === 'misconfigured')
      return codeFailure(verdict.code, verdict.message);
    return success(verdict);
  }

  return { initPayment, checkPayment };
}

export type CinetPayClient = ReturnType<typeof createCinetPayClient>;
