import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort, startNext } from '../scripts/lib/next-server';
import { payByCard } from './support';
import { waitHealthy } from './spawn-server';

/**
 * One instance as an operator runs it: traces exported over OTLP to a collector (a local HTTP
 * server here), metrics behind a token, JSON log lines on stdout. A card payment must show up
 * in all three, tied together by its trace id and reference, with the card number nowhere.
 */

const TOKEN = 'e2e-metrics-token-0123456789';
const CARD = '4242424242424242';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

let collector: Server;
const exported: string[] = [];
let child: ChildProcess;
let base = '';
let stdout = '';

test.beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') exported.push(body);
      response.setHeader('content-type', 'application/json');
      response.end('{}');
    });
  });
  const collectorPort = await freePort();
  await new Promise<void>((resolve) => collector.listen(collectorPort, '127.0.0.1', resolve));
  const port = await freePort();
  base = `http://localhost:${port}`;
  child = startNext(
    port,
    {
      LOG_LEVEL: 'info',
      PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-obs-')), 'db'),
      METRICS_TOKEN: TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    ['ignore', 'pipe', 'ignore'],
  );
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  await waitHealthy(base);
});

test.afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((resolve) => collector.close(resolve));
});

const spans = (): OtlpSpan[] =>
  exported.flatMap((body) =>
    (JSON.parse(body).resourceSpans ?? []).flatMap((r: { scopeSpans: { spans: OtlpSpan[] }[] }) =>
      r.scopeSpans.flatMap((s) => s.spans),
    ),
  );
const attribute = (span: OtlpSpan, key: string) =>
  Object.values(span.attributes.find((a) => a.key === key)?.value ?? {})[0];
const logLines = () =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test('probes: alive and ready; metrics only for the token', async ({ request }) => {
  expect((await request.get(`${base}/api/health`)).status()).toBe(200);
  const ready = await request.get(`${base}/api/ready`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', draining: false });
  expect((await request.get(`${base}/api/metrics`)).status()).toBe(404);
  const wrong = { authorization: `Bearer ${TOKEN}x` };
  expect((await request.get(`${base}/api/metrics`, { headers: wrong })).status()).toBe(404);
  const metrics = await request.get(`${base}/api/metrics`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(metrics.status()).toBe(200);
  expect(await metrics.text()).toContain('lalo_outbox_oldest_due_age_seconds{upstream="enov"} 0');
});

test('a card payment is traced, counted and logged, its card number nowhere', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const contract = `95${String(Date.now() % 1e7).padStart(7, '0')}1`;
  await page.goto(`${base}/contrat/${contract}`);
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await payByCard(page, '4242 4242 4242 4242');
  await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
  const reference = (await page.title()).match(/PAY-[A-Z0-9]+/)![0];

  // The action's span, its reference, and the insurer's notices as spans of their own.
  await expect.poll(() => spans().some((s) => s.name === 'outbox.deliver lovat_report')).toBe(true);
  const pay = spans().find((s) => s.name === 'action pay' && attribute(s, 'payment.reference'));
  expect(pay).toBeDefined();
  expect(attribute(pay!, 'payment.reference')).toBe(reference);
  expect(attribute(pay!, 'action.outcome')).toBe('redirect');
  // Next's own spans are there too: the request that ran the action is its parent. It ends
  // when its response has been streamed, which can come after the deliveries' spans.
  await expect.poll(() => spans().some((s) => s.spanId === pay!.parentSpanId)).toBe(true);
  const deliveries = spans().filter(
    (s) => s.name.startsWith('outbox.deliver') && attribute(s, 'payment.reference') === reference,
  );
  expect(deliveries.length).toBeGreaterThanOrEqual(2);
  const calls = spans().filter((s) => s.name === 'POST enov' || s.name === 'POST lovat');
  expect(calls.some((c) => deliveries.some((d) => d.spanId === c.parentSpanId))).toBe(true);

  // One line for the action and for each delivery, with the trace id and the reference.
  const lines = logLines();
  expect(lines).toContainEqual(
    expect.objectContaining({ event: 'action', action: 'pay', trace_id: pay!.traceId }),
  );
  expect(
    lines.filter((l) => l.event === 'outbox.delivery' && l.payment_reference === reference).length,
  ).toBeGreaterThanOrEqual(2);

  const metrics = await (
    await request.get(`${base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  ).text();
  expect(metrics).toMatch(
    /lalo_delivery_attempts_total\{upstream="enov",outcome="delivered",code="00"\} [1-9]/,
  );
  expect(metrics).toMatch(
    /lalo_upstream_request_duration_seconds_count\{upstream="lovat",result="2xx"\} [1-9]/,
  );

  for (const text of [exported.join('\n'), stdout]) {
    expect(text).not.toContain(CARD);
    expect(text).not.toContain('4242 4242 4242 4242');
  }
});
