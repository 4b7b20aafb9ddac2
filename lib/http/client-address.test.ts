import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, isLoopback, PEER_HEADER, stampPeerAddress } from './client-address';

const headers = (peer: string | undefined, forwarded?: string) =>
  new Headers({
    ...(peer ? { [PEER_HEADER]: peer } : {}),
    ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
  });

describe('the client address', () => {
  it.each([
    ['no proxy: the socket, whatever the client wrote', '203.0.113.9', '1.2.3.4', 0, '203.0.113.9'],
    ['no proxy, no header', '203.0.113.9', undefined, 0, '203.0.113.9'],
    [
      'one proxy: what it appended, not what the client wrote',
      '10.0.0.2',
      '1.2.3.4, 198.51.100.7',
      1,
      '198.51.100.7',
    ],
    ['one proxy, a plain request', '10.0.0.2', '198.51.100.7', 1, '198.51.100.7'],
    ['two proxies', '10.0.0.3', '1.2.3.4, 198.51.100.7, 10.0.0.2', 2, '198.51.100.7'],
    [
      'more hops trusted than there are: the furthest known',
      '10.0.0.2',
      '198.51.100.7',
      3,
      '198.51.100.7',
    ],
    ['one proxy configured but none in front', '127.0.0.1', undefined, 1, '127.0.0.1'],
  ] as const)('%s', (_name, peer, forwarded, hops, expected) => {
    expect(clientAddressOf(headers(peer, forwarded), hops)).toBe(expected);
  });

  it('is never loopback when the server did not stamp the socket', () => {
    const address = clientAddressOf(headers(undefined, '127.0.0.1'), 0);
    expect(address).toBe('unknown');
    expect(isLoopback(address)).toBe(false);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['203.0.113.9', false],
    ['::ffff:203.0.113.9', false],
    ['1270.0.0.1', false],
    ['127.0.0.1.example.com', false],
    ['::FFFF:127.0.0.1', true],
    ['2001:db8::ffff:127.0.0.1', false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe('the stamp of the socket address', () => {
  it('overwrites whatever the client sent, on a server created before or after it is installed', async () => {
    const seen: Array<string | undefined> = [];
    const serve = (server: http.Server) =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      );
    const handler: http.RequestListener = (req, res) => {
      seen.push(req.headers[PEER_HEADER] as string | undefined);
      res.end();
    };
    // A class of its own: the process's own http.Server is left as it was.
    class Server extends http.Server {}
    const before = new Server(handler);
    stampPeerAddress({ Server });
    stampPeerAddress({ Server }); // twice is once
    const after = new Server(handler);
    try {
      for (const server of [before, after]) {
        const port = await serve(server);
        await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '203.0.113.66' } });
      }
    } finally {
      before.close();
      after.close();
    }
    expect(seen).toEqual(['127.0.0.1', '127.0.0.1']);
  });
});
