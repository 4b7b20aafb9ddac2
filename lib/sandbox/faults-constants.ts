/** The emulated endpoints, each with its own fault. Shared by the control page's form. */
export const SANDBOX_ENDPOINTS = [
  'enovfacture',
  'enovipn',
  'lovat',
  'sms',
  'cinetpay_init',
  'cinetpay_check',
  'cinetpay_notify',
] as const;
export type SandboxEndpoint = (typeof SANDBOX_ENDPOINTS)[number];

/**
 * Failures of an endpoint the sandbox answers:
 * - code: Enov answers this code (HTTP 200); LOVAT answers this HTTP status; CinetPay this
 *   error code (HTTP 4xx).
 * - http500: an HTML error page with HTTP 500.
 * - drop: the connection closes before any answer, the request unprocessed.
 * - drop-after: the request is processed, then the connection closes: the caller cannot know.
 * - hang: no answer until `hangMs` (default 2 minutes) or the caller gives up.
 * - malformed: the request is processed, and its answer's JSON body arrives truncated.
 */
export const ANSWER_FAILURES = [
  'code',
  'http500',
  'drop',
  'drop-after',
  'hang',
  'malformed',
] as const;

/**
 * Failures of the notifications the CinetPay twin sends (`cinetpay_notify`; its latencyMs delays
 * each one):
 * - bad-token: the x-token header is not the HMAC of the fields with the site's secret.
 * - repeat: the same notification is posted twice.
 * - not-sent: no notification at all; the merchant must verify on its own.
 */
export const NOTIFY_FAILURES = ['bad-token', 'repeat', 'not-sent'] as const;

export const FAILURES = [...ANSWER_FAILURES, ...NOTIFY_FAILURES] as const;
export type Failure = (typeof FAILURES)[number];

/** The failures that make sense for one endpoint. */
export function failuresFor(endpoint: SandboxEndpoint): readonly Failure[] {
  return endpoint === 'cinetpay_notify' ? NOTIFY_FAILURES : ANSWER_FAILURES;
}
