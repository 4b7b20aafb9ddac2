import 'server-only';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { redactUrl } from '@/lib/redact';
import { inSpan, SpanKind, traceHeaders } from '@/lib/telemetry/tracing';
import { APP_VERSION } from '@/lib/version';
import { failure, isTransientStatus, type UpstreamName, type UpstreamResult } from './result';

const USER_AGENT = `lalo-paiement/${APP_VERSION}`;

export interface UpstreamRequest {
  upstream: UpstreamName;
  url: string;
  body: string;
  contentType?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Values to mask wherever the URL is logged (a token carried in the path). */
  secrets?: readonly string[];
}

export interface UpstreamResponse {
  status: number;
  text: string;
}

/**
 * One POST to an upstream, with a timeout and the caller's abort signal. Network errors and
 * timeouts come back as transient failures, never as exceptions. Each call is a client span
 * (its `traceparent` sent along), a latency observation and one log line, secrets masked.
 */
export function postUpstream(req: UpstreamRequest): Promise<UpstreamResult<UpstreamResponse>> {
  const shownUrl = redactUrl(req.url, req.secrets ?? []);
  const attributes = {
    'upstream.name': req.upstream,
    'http.request.method': 'POST',
    'url.full': shownUrl,
  };
  return inSpan(
    `POST ${req.upstream}`,
    attributes,
    async (span) => {
      const started = performance.now();
      const result = await send(req, shownUrl);
      const seconds = (performance.now() - started) / 1000;
      const outcome = result.ok
        ? `${Math.floor(result.value.status / 100)}xx`
        : result.error.reason;
      metrics().upstreamDuration.observe({ upstream: req.upstream, result: outcome }, seconds);
      if (result.ok) span.setAttribute('http.response.status_code', result.value.status);
      else span.setAttribute('error.type', outcome);
      return result;
    },
    SpanKind.CLIENT,
  );
}

async function send(
  req: UpstreamRequest,
  shownUrl: string,
): Promise<UpstreamResult<UpstreamResponse>> {
  // A timer cleared as soon as the call ends, not AbortSignal.timeout(): a pending timer holds
  // the async context it was made in (the whole page render) until it fires, so every call
  // would keep its render alive for the full timeout after answering.
  const timeout = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(new DOMException('The upstream did not answer in time', 'TimeoutError')),
    req.timeoutMs,
  );
  const signal = req.signal ? AbortSignal.any([timeout.signal, req.signal]) : timeout.signal;
  const started = performance.now();
  try {
    const response = await fetch(req.url, {
      method: 'POST',
      headers: {
        'content-type': req.contentType ?? 'application/json',
        accept: 'application/json',
        // CinetPay restricts requests without one (its code 1010).
        'user-agent': USER_AGENT,
        ...traceHeaders(),
      },
      body: req.body,
      signal,
      cache: 'no-store',
    });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    log.info('upstream.call', {
      upstream: req.upstream,
      url: shownUrl,
      status: response.status,
      ms,
    });
    return { ok: true, value: { status: response.status, text } };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    const timedOut = timeout.signal.aborted;
    const aborted = !timedOut && req.signal?.aborted;
    const cause =
      error instanceof Error
        ? ((error.cause as Error | undefined)?.message ?? error.message)
        : String(error);
    const message = timedOut
      ? `no answer within ${req.timeoutMs} ms`
      : aborted
        ? 'the call was cancelled'
        : `network error: ${cause}`;
    log.warn('upstream.unreachable', { upstream: req.upstream, url: shownUrl, ms, message });
    return failure({
      upstream: req.upstream,
      kind: 'transient',
      reason: timedOut ? 'timeout' : 'network',
      message,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A failure for an HTTP status that is not a readable answer of the upstream: transient for
 * 5xx, 408 and 429, and for an odd 1xx–3xx (a proxy in the way); permanent for other 4xx.
 */
export function httpFailure(upstream: UpstreamName, status: number, text: string) {
  const transient = isTransientStatus(status) || status < 400;
  return failure({
    upstream,
    kind: transient ? 'transient' : 'permanent',
    reason: 'http',
    code: String(status),
    message: `HTTP ${status}${text ? `: ${snippet(text)}` : ''}`,
  });
}

/** The start of a body, on one line, for a log or an error message. */
export function snippet(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

export function malformed(upstream: UpstreamName, what: string, text: string) {
  log.warn('upstream.malformed', { upstream, problem: what, body: snippet(text) });
  return failure({
    upstream,
    kind: 'transient',
    reason: 'malformed',
    message: `unreadable answer (${what}): ${snippet(text, 60)}`,
  });
}
