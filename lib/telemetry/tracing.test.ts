import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context, propagation, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/open';
import type { OutboxEntry } from '@/lib/db/schema';
import { metrics } from '@/lib/metrics/registry';
import { tracedDelivery } from '@/lib/payments/delivery-trace';
import { postUpstream } from '@/lib/upstream/http';
import { validatedAction } from '@/lib/validated-action';
import { IDLE } from '@/lib/action-state';
import { z } from 'zod';
import { currentWork } from './context';
import { startTracing, stopTracing } from './provider';
import { inSpan, notePaymentReference } from './tracing';

const CARD = '4242424242424242';
const LOVAT_TOKEN = 'lovat-token-5aae918d';
const APPKEY = 'ak_live_secret_1';
const exporter = new InMemorySpanExporter();
let server: Server;
let base: string;
const received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  startTracing(() => [APPKEY, LOVAT_TOKEN], new SimpleSpanProcessor(exporter));
  server = createServer((request, response) => {
    received.push(request.headers);
    request.resume();
    request.on('end', () => response.end('{"ok":true}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await stopTracing();
  trace.disable();
  context.disable();
  propagation.disable();
});
beforeEach(() => {
  exporter.reset();
  received.length = 0;
});

const spanNamed = (name: string) => exporter.getFinishedSpans().find((s) => s.name === name)!;

/** Everything a span would send to a collector, as text. */
const exported = (spans: ReadableSpan[]) =>
  JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));

describe('an upstream call', () => {
  it('is a client span whose traceparent the upstream receives', async () => {
    const result = await postUpstream({
      upstream: 'lovat',
      url: `${base}/api/1/send/${LOVAT_TOKEN}?if_digital=true`,
      body: '{}',
      timeoutMs: 5_000,
      secrets: [LOVAT_TOKEN],
    });
    expect(result.ok).toBe(true);
    const span = spanNamed('POST lovat');
    const { traceId, spanId } = span.spanContext();
    expect(received[0]!.traceparent).toBe(`00-${traceId}-${spanId}-01`);
    expect(span.attributes).toMatchObject({
      'upstream.name': 'lovat',
      'http.response.status_code': 200,
      'url.full': `${base}/api/1/send/***?if_digital=true`,
    });
  });

  it('is a child of the action that made it, carrying its payment reference', async () => {
    await inSpan('action pay', { 'action.name': 'pay' }, async () => {
      notePaymentReference('PAY-7K2M9Q');
      expect(currentWork()).toMatchObject({ reference: 'PAY-7K2M9Q' });
      await postUpstream({ upstream: 'enov', url: `${base}/x`, body: '{}', timeoutMs: 5_000 });
    });
    const action = spanNamed('action pay');
    const call = spanNamed('POST enov');
    expect(call.parentSpanContext?.spanId).toBe(action.spanContext().spanId);
    expect(call.spanContext().traceId).toBe(action.spanContext().traceId);
    expect(action.attributes['payment.reference']).toBe('PAY-7K2M9Q');
    expect(call.attributes['payment.reference']).toBe('PAY-7K2M9Q');
    expect(received[0]!.traceparent).toContain(action.spanContext().traceId);
  });
});

describe('a server action', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };
  const schema = z.object({ cardNumber: z.string().min(12) });

  it('is a span named after it, with its outcome and none of the form', async () => {
    const pay = validatedAction(schema, async () => ({ status: 'success', message: 'paid' }), {
      name: 'pay',
    });
    await pay(IDLE, form({ cardNumber: CARD }));
    await pay(IDLE, form({ cardNumber: '1' }));
    const [ok, invalid] = exporter.getFinishedSpans();
    expect(ok!.name).toBe('action pay');
    expect(ok!.attributes).toEqual({ 'action.name': 'pay', 'action.outcome': 'success' });
    expect(invalid!.attributes['action.outcome']).toBe('error');
    expect(exported(exporter.getFinishedSpans())).not.toContain(CARD);
  });

  it('ends in a redirect without being an error; a crash is one', async () => {
    const redirecting = validatedAction(
      schema,
      async () => {
        throw Object.assign(new Error('NEXT_REDIRECT'), {
          digest: 'NEXT_REDIRECT;push;/recu/x;303;',
        });
      },
      { name: 'pay' },
    );
    await expect(redirecting(IDLE, form({ cardNumber: CARD }))).rejects.toThrow('NEXT_REDIRECT');
    const crashing = validatedAction(
      schema,
      async () => {
        throw new TypeError(`bad ${CARD}`);
      },
      { name: 'pay' },
    );
    await expect(crashing(IDLE, form({ cardNumber: CARD }))).rejects.toThrow(TypeError);
    const [redirect, crash] = exporter.getFinishedSpans();
    expect(redirect!.attributes['action.outcome']).toBe('redirect');
    expect(redirect!.status.code).toBe(0);
    expect(crash!.attributes['action.outcome']).toBe('exception');
    expect(crash!.status).toEqual({ code: 2, message: 'TypeError' });
  });
});

describe('an outbox delivery', () => {
  it('is a span with its payment, parent of the upstream call, and one attempt counted', async () => {
    const message = {
      id: 41,
      kind: 'enov_ipn',
      attempts: 2,
      paymentId: 'p-1',
      payload: { paymentReference: 'PAY-7K2M9Q-2', invoiceReference: 'FAC-1' },
    } as unknown as OutboxEntry;
    const counted = async () =>
      (await metrics().deliveryAttempts.get()).values.find(
        (v) => v.labels.upstream === 'enov' && v.labels.code === '503',
      )?.value ?? 0;
    const before = await counted();
    await tracedDelivery({} as Db, message, async () => {
      await postUpstream({ upstream: 'enov', url: `${base}/ipn`, body: '{}', timeoutMs: 5_000 });
      return { outcome: 'retry', code: '503' };
    });
    const delivery = spanNamed('outbox.deliver enov_ipn');
    expect(delivery.attributes).toMatchObject({
      'payment.reference': 'PAY-7K2M9Q',
      'outbox.attempt': 3,
      'outbox.outcome': 'retry',
      'outbox.code': '503',
    });
    expect(spanNamed('POST enov').parentSpanContext?.spanId).toBe(delivery.spanContext().spanId);
    expect(await counted()).toBe(before + 1);
  });
});

describe('what leaves the process', () => {
  it('holds no card number and no secret, ours or the framework’s', async () => {
    await inSpan(
      'action pay',
      { cardNumber: CARD, password: 'hunter2', note: `card ${CARD.replace(/(\d{4})/g, '$1 ')}` },
      async () => {
        await postUpstream({
          upstream: 'sms',
          url: `${base}/api/send/sms-token-123?k=${APPKEY}`,
          body: JSON.stringify({ to: '+2250700000001', text: 'reçu' }),
          timeoutMs: 5_000,
        });
      },
    );
    // A span as Next makes them: the full path, a receipt's key, an exception's message.
    const tracer = trace.getTracer('next.js');
    tracer.startActiveSpan(`GET /recu/rcpt-key-abcdef`, (span) => {
      span.setAttribute('http.target', `/recu/rcpt-key-abcdef?card=${CARD}`);
      span.setAttribute('http.url', `${base}/api/1/send/${LOVAT_TOKEN}`);
      span.setAttribute('http.request.header.authorization', 'Bearer abc');
      span.recordException(new Error(`refused ${base}/x?k=${APPKEY} for ${CARD}`));
      span.end();
    });
    const text = exported(exporter.getFinishedSpans());
    expect(exporter.getFinishedSpans()).toHaveLength(3);
    for (const secret of [CARD, '4242 4242', 'hunter2', 'sms-token-123', APPKEY, LOVAT_TOKEN])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('rcpt-key-abcdef');
    expect(text).not.toContain('Bearer abc');
  });
});
