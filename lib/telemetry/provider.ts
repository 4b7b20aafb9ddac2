import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { APP_VERSION } from '@/lib/version';
import { ScrubbingSpanProcessor } from './scrub';

const globalForTracing = globalThis as unknown as { __lalo_tracer_provider?: NodeTracerProvider };

/**
 * Registers the process's tracer provider: Next's own spans (requests, renders) and ours go,
 * scrubbed of `secrets` and card data, to `processor`, by default to the OTLP/HTTP collector at OTEL_EXPORTER_OTLP_ENDPOINT (the
 * exporter reads that and OTEL_EXPORTER_OTLP_HEADERS itself). Also installs the async context
 * and the W3C trace-context propagator. Called from instrumentation.ts only when the endpoint
 * is set: otherwise nothing is registered and tracing costs nothing.
 */
export function startTracing(
  secrets: () => readonly string[],
  processor?: SpanProcessor,
): NodeTracerProvider {
  if (globalForTracing.__lalo_tracer_provider) return globalForTracing.__lalo_tracer_provider;
  // Next's fetch spans carry the full URL: the LOVAT and SMS tokens travel in theirs. Our own
  // span of each upstream call (lib/upstream/http.ts) is the one that shows it, masked.
  process.env.NEXT_OTEL_FETCH_DISABLED = '1';
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env.OTEL_SERVICE_NAME || 'lalo-paiement',
      'service.version': APP_VERSION,
    }),
    spanProcessors: [
      new ScrubbingSpanProcessor(
        processor ?? new BatchSpanProcessor(new OTLPTraceExporter()),
        secrets,
      ),
    ],
  });
  provider.register();
  globalForTracing.__lalo_tracer_provider = provider;
  return provider;
}

/** Sends what is buffered and stops (for a graceful shutdown); nothing when not tracing. */
export async function stopTracing(): Promise<void> {
  const provider = globalForTracing.__lalo_tracer_provider;
  globalForTracing.__lalo_tracer_provider = undefined;
  await provider?.shutdown();
}
