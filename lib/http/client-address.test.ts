import { describe, expect, it } from 'vitest';
import { clientAddressOf, isLoopback, PEER_HEADER } from './client-address';

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
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
