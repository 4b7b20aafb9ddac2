import {
  context,
  isSpanContextValid,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import { isSecretKey } from '@/lib/redact';
import { APP_VERSION } from '@/lib/version';
import { currentWork, newTraceId, runWork } from './context';
import { scrubText } from './scrub';

/**
 * Our spans: one per server action, outbox delivery and upstream call. Without a registered
 * tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) OpenTelemetry's API is a no-op and these
 * only keep the log context; see lib/telemetry/provider.ts.
 */

export { SpanKind };
export type SpanAttributes = Record<string, string | number | boolean | undefined | null>;

/** Attributes fit to leave the process: no credential by name, no card number, no URL secret. */
export function safeAttributes(attributes: SpanAttributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || isSecretKey(key)) continue;
    out[key] = typeof value === 'string' ? scrubText(value) : value;
  }
  return out;
}

// redirect(), notFound() and forbidden() end an action by throwing: not a failure.
function isControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_');
}

export function errorOutcome(error: unknown): 'redirect' | 'exception' {
  return isControlFlow(error) ? 'redirect' : 'exception';
}

/**
 * Runs `fn` in a span of its own (a child of the active one), with the log context every line
 * written meanwhile carries: the span's trace id (or a fresh one when nothing traces) and the
 * payment reference, given here or inherited.
 */
export function inSpan<T>(
  name: string,
  attributes: SpanAttributes,
  fn: (span: Span) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  const parent = currentWork();
  const given = attributes['payment.reference'];
  const reference = typeof given === 'string' ? given : parent?.reference;
  const tracer = trace.getTracer('lalo-paiement', APP_VERSION);
  const options = {
    kind,
    attributes: safeAttributes({ ...attributes, 'payment.reference': reference }),
  };
  return tracer.startActiveSpan(name, options, async (span) => {
    const ids = span.spanContext();
    const traced = isSpanContextValid(ids);
    const work = {
      traceId: traced ? ids.traceId : (parent?.traceId ?? newTraceId()),
      spanId: traced ? ids.spanId : undefined,
      reference,
    };
    try {
      return await runWork(work, () => fn(span));
    } catch (error) {
      // The name only: a message may quote a request, and with it a credential.
      if (!isControlFlow(error))
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: error instanceof Error ? error.name : 'error',
        });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The payment being worked on, once known: on the active span and on every later log line. */
export function notePaymentReference(reference: string): void {
  const work = currentWork();
  if (work) work.reference = reference;
  trace.getActiveSpan()?.setAttribute('payment.reference', reference);
}

/** Attributes added to the active span, filtered like the span's own. */
export function noteAttributes(attributes: SpanAttributes): void {
  trace.getActiveSpan()?.setAttributes(safeAttributes(attributes));
}

/** The W3C `traceparent` (and `tracestate`) of the active span, for an outgoing request. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}
