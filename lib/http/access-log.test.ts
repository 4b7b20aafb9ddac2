import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { logRequests, type RequestLine } from './access-log';
import { PEER_HEADER, stampPeerAddress } from './client-address';

// A real server with the patches instrumentation.ts installs (once per process, as there).
const lines: RequestLine[] = [];
let hops = 0;
stampPeerAddress(http);
logRequests(
  http,
  (line) => lines.push(line),
  () => hops,
);
const server = http.createServer((req, res) => {
  if (req.url?.startsWith('/slow')) return void setTimeout(() => res.end('late'), 5_000);
  res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
  res.end('ok');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => void (lines.length = 0));

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the access log', () => {
  it('writes one line per request with the proxy’s request id and the client it forwarded', async () => {
    hops = 1;
    const res = await fetch(`${base}/recu/rcpt-secret-key?x=1`, {
      headers: {
        'x-request-id': '6f1c0e2ab5d94c6e8f0a1b2c3d4e5f60',
        'x-forwarded-for': '1.2.3.4, 198.51.100.7',
        [PEER_HEADER]: '9.9.9.9',
      },
    });
    await res.text();
    await settle();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      method: 'GET',
      status: 200,
      client: '198.51.100.7',
      request_id: '6f1c0e2ab5d94c6e8f0a1b2c3d4e5f60',
    });
    // Neither the receipt's key nor the query reaches the log.
    expect(line!.path).toBe('/recu/***');
    expect(JSON.stringify(line)).not.toContain('rcpt-secret-key');
  });

  it('believes no forwarded address without a trusted hop, and drops an id unfit for a log', async () => {
    hops = 0;
    await (
      await fetch(`${base}/missing`, {
        headers: { 'x-forwarded-for': '198.51.100.7', 'x-request-id': 'a b"c' },
      })
    ).text();
    await settle();
    expect(lines.at(-1)).toMatchObject({ status: 404, client: '127.0.0.1' });
    expect(lines.at(-1)).not.toHaveProperty('request_id');
  });

  it('writes a line for a response cut before its end', async () => {
    hops = 0;
    const aborted = new AbortController();
    const pending = fetch(`${base}/slow`, { signal: aborted.signal }).catch(() => undefined);
    await settle();
    aborted.abort();
    await pending;
    await settle();
    expect(lines.at(-1)).toMatchObject({ path: '/slow', aborted: true });
  });
});
