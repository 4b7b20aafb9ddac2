import { SANDBOX_CINETPAY } from './credentials';
import { apiResponseId, CINETPAY_MESSAGES, errorStatus, type CinetpayCode } from './codes';

/** What an endpoint of the twin answers; `note` says why, for the journal. */
export interface CinetpayAnswer {
  status: number;
  body: unknown;
  note?: string;
}

/** CinetPay's error shape (TIDEV): `{ code, message, description, api_response_id }`. */
export function cinetpayError(code: CinetpayCode, description: string): CinetpayAnswer {
  return {
    status: errorStatus(code),
    body: { code, message: CINETPAY_MESSAGES[code], description, api_response_id: apiResponseId() },
    note: description,
  };
}

type Parsed = { ok: true; body: Record<string, unknown> } | { ok: false; answer: CinetpayAnswer };

/** D15: a Content-Type other than JSON is 403; a JSON one with an unreadable body is 608. */
export function parseCinetpayBody(contentType: string, raw: string): Parsed {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return {
      ok: false,
      answer: cinetpayError('403', `Content-Type must be application/json (got "${type}")`),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, answer: cinetpayError('608', 'the body is not valid JSON') };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, answer: cinetpayError('608', 'the body is not a JSON object') };
  }
  return { ok: true, body: data as Record<string, unknown> };
}

export const isPresent = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** 608 naming the required fields missing or empty, if any. */
export function missingFields(
  body: Record<string, unknown>,
  required: readonly string[],
): CinetpayAnswer | undefined {
  const missing = required.filter((name) => !isPresent(body[name]));
  return missing.length
    ? cinetpayError('608', `Minimum required field: ${missing.join(', ')} missing or empty`)
    : undefined;
}

/** 609 for a wrong apikey, then 613 for a wrong site_id (a JSON string or number, D15). */
export function checkCredentials(body: Record<string, unknown>): CinetpayAnswer | undefined {
  if (body.apikey !== SANDBOX_CINETPAY.apikey) {
    return cinetpayError('609', 'apikey is incorrect');
  }
  const site = body.site_id;
  if (
    (typeof site !== 'string' && typeof site !== 'number') ||
    String(site).trim() !== SANDBOX_CINETPAY.siteId
  ) {
    return cinetpayError('613', 'site_id is incorrect');
  }
  return undefined;
}
