/**
 * What every upstream call returns: our own value, or a failure classified for the caller.
 * `transient` means the same call may succeed later (retry); `permanent` means it will not
 * until something changes (the request, or our credentials).
 */
export type UpstreamName = 'enov' | 'lovat' | 'sms' | 'cinetpay';
export type FailureKind = 'transient' | 'permanent';
export type FailureReason =
  | 'network' // refused, reset, dropped
  | 'timeout' // no answer within the timeout
  | 'http' // an HTTP status that is not the upstream's answer (5xx, 404, ...)
  | 'malformed' // an answer we cannot read: HTML, truncated JSON, unknown shape
  | 'code' // the upstream's own error code
  | 'invalid_request'; // refused by our own checks before sending

export interface UpstreamFailure {
  upstream: UpstreamName;
  kind: FailureKind;
  reason: FailureReason;
  /** The upstream's code (Enov) or HTTP status (LOVAT, or any HTTP failure), as text. */
  code?: string;
  message: string;
}

export type UpstreamResult<T> = { ok: true; value: T } | { ok: false; error: UpstreamFailure };

export const success = <T>(value: T): UpstreamResult<T> => ({ ok: true, value });
export const failure = <T = never>(error: UpstreamFailure): UpstreamResult<T> => ({
  ok: false,
  error,
});

/** HTTP statuses worth retrying: the server's trouble, or a request to slow down. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}
