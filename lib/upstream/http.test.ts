import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { postUpstream } from './http';

// A delay nothing else uses, to pick our timer out of undici's own.
const TIMEOUT_MS = 12_345;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 300);
    response.setHeader('content-type', 'application/json');
    response.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => vi.restoreAllMocks());

async function timerOfCall(url: string, timeoutMs = TIMEOUT_MS) {
  const set = vi.spyOn(globalThis, 'setTimeout');
  const clear = vi.spyOn(globalThis, 'clearTimeout');
  const result = await postUpstream({ upstream: 'enov', url, body: '{}', timeoutMs });
  const index = set.mock.calls.findIndex((call) => call[1] === timeoutMs);
  expect(index, 'the call arms its timeout').toBeGreaterThanOrEqual(0);
  const timer = set.mock.results[index]!.value as unknown;
  return { result, cleared: clear.mock.calls.some((call) => call[0] === timer) };
}

/**
 * A pending timer holds the async context it was made in (a whole page render): the call's
 * timeout must end with the call, not run on for its full length after the answer.
 */
describe('an upstream call’s timeout', () => {
  it('is cleared once the answer is read', async () => {
    const { result, cleared } = await timerOfCall(`${base}/answer`);
    expect(result).toEqual({ ok: true, value: { status: 200, text: '{"ok":true}' } });
    expect(cleared).toBe(true);
  });

  it('is cleared when the network fails', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { result, cleared } = await timerOfCall(`http://127.0.0.1:${port}/`);
    expect(result.ok ? null : result.error.reason).toBe('network');
    expect(cleared).toBe(true);
  });

  it('still ends a call that takes too long, as a transient timeout', async () => {
    const result = await postUpstream({
      upstream: 'lovat',
      url: `${base}/slow`,
      body: '{}',
      timeoutMs: 50,
    });
    expect(result.ok ? null : result.error).toMatchObject({
      kind: 'transient',
      reason: 'timeout',
      message: 'no answer within 50 ms',
    });
  });
});
