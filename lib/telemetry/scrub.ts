import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { isSecretKey, REDACTED, redactUrl } from '@/lib/redact';

// Thirteen to nineteen digits, spaced or not: a card number must never reach a collector.
const CARD_NUMBER = /\d(?:[ -]?\d){12,18}/g;
// A receipt's address is its only key (see lib/payments/receipt-link.ts).
const RECEIPT_PATH = /(\/(?:recu|api\/receipts)\/)[^/?#\s]+/g;

/** A text fit for a collector: no card number, no URL credential, no receipt key, no secret. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  return redactUrl(text.replace(CARD_NUMBER, REDACTED), secrets).replace(
    RECEIPT_PATH,
    `$1${REDACTED}`,
  );
}

type Attributes = Record<string, unknown>;

function scrubAttributes(attributes: Attributes, secrets: readonly string[]): void {
  for (const [key, value] of Object.entries(attributes)) {
    if (isSecretKey(key)) attributes[key] = REDACTED;
    else if (typeof value === 'string') attributes[key] = scrubText(value, secrets);
    else if (Array.isArray(value))
      attributes[key] = value.map((v: unknown) =>
        typeof v === 'string' ? scrubText(v, secrets) : v,
      );
  }
}

/**
 * Scrubs every span before it leaves, Next's own included: their request and fetch spans name
 * full paths (a receipt's key, the LOVAT token in its URL) and record exceptions' messages.
 * Ours are filtered when made (safeAttributes); this is what covers the framework's.
 */
export class ScrubbingSpanProcessor implements SpanProcessor {
  constructor(
    private readonly inner: SpanProcessor,
    private readonly secrets: () => readonly string[] = () => [],
  ) {}

  onStart(span: Span, parentContext: Context): void {
    this.inner.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    const secrets = this.secrets();
    const mutable = span as unknown as { name: string; attributes: Attributes };
    mutable.name = scrubText(span.name, secrets);
    scrubAttributes(mutable.attributes, secrets);
    for (const event of span.events)
      if (event.attributes) scrubAttributes(event.attributes, secrets);
    this.inner.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}
