import { describe, expect, it } from 'vitest';
import { redact, redactUrl } from './redact';

describe('redact', () => {
  it('masks credentials at any depth and keeps the rest', () => {
    const out = redact({
      login: 'demo-psp',
      password: 'demo-password',
      appkey: 'ak_sandbox_x',
      nested: { token: 'abc', amount: 25000, list: [{ Password: 'p' }] },
    });
    expect(out).toEqual({
      login: 'demo-psp',
      password: '***',
      appkey: '***',
      nested: { token: '***', amount: 25000, list: [{ Password: '***' }] },
    });
  });

  it('masks the LOVAT token in a URL path and passwords in connection strings', () => {
    expect(redactUrl('http://h/sandbox/lovat/api/1/send/5aae918d?if_digital=true', [])).toBe(
      'http://h/sandbox/lovat/api/1/send/***?if_digital=true',
    );
    expect(redactUrl('postgres://app:hunter2@db:5432/x', [])).toBe('postgres://app:***@db:5432/x');
    expect(redact({ url: 'http://h/api/1/send/tok' })).toEqual({ url: 'http://h/api/1/send/***' });
  });

  it('masks URLs quoted inside a longer text, http and https alike', () => {
    expect(
      redact({ message: 'POST http://h/api/1/send/tok-123 failed: 500', other: 'plain text' }),
    ).toEqual({ message: 'POST http://h/api/1/send/*** failed: 500', other: 'plain text' });
    expect(redact({ error: 'fetch https://u:pw@h/x refused' })).toEqual({
      error: 'fetch https://u:***@h/x refused',
    });
  });

  it('masks explicitly named secrets anywhere in a string', () => {
    expect(redactUrl('http://h/x?k=ak_live_1', ['ak_live_1'])).toBe('http://h/x?k=***');
  });
});

describe('which keys hold a secret', () => {
  // Any spelling a client, an upstream or a form may use, in any case.
  it.each([
    'password',
    'Password',
    'pass',
    'passwd',
    'ENOV_PASSWORD',
    'appkey',
    'AppKey',
    'app_key',
    'token',
    'accessToken',
    'secret',
    'AUTH_SECRET',
    'authorization',
    'Authorization',
    'cookie',
    'set-cookie',
    'cardNumber',
    'card_number',
    'bank_card_number',
    'pan',
    'card_pan',
  ])('masks %s', (key) => {
    expect(redact({ [key]: 'x1' })).toEqual({ [key]: '***' });
  });

  it.each(['login', 'amount', 'reference', 'company', 'panel', 'expansion', 'maskedCard', 'url'])(
    'keeps %s',
    (key) => {
      expect(redact({ [key]: 'x1' })).toEqual({ [key]: 'x1' });
    },
  );

  it('masks whatever a secret key holds: numbers, objects, lists', () => {
    expect(redact({ pan: 4242424242424242, token: { a: 1 }, cookie: ['a=1'] })).toEqual({
      pan: '***',
      token: '***',
      cookie: '***',
    });
  });

  // The log then tells "no password configured" from "a password".
  it.each([
    ['empty', ''],
    ['null', null],
    ['undefined', undefined],
  ])('shows an %s secret as it is', (_what, value) => {
    expect(redact({ password: value })).toEqual({ password: value });
  });
});

describe('what redact walks through', () => {
  it.each([null, undefined, 0, 'text', true])('returns %j as it is', (value) => {
    expect(redact(value)).toBe(value);
  });

  it('keeps nulls and non-URL text inside objects and lists', () => {
    const value = { a: null, b: [null, 'x', 1], c: { d: 'rue 12' } };
    expect(redact(value)).toEqual(value);
  });

  it('masks secrets in lists of objects, and URLs in objects inside lists', () => {
    expect(redact([{ token: 't' }, { href: 'http://h/api/1/send/tok' }])).toEqual([
      { token: '***' },
      { href: 'http://h/api/1/send/***' },
    ]);
  });

  it('leaves a list of URLs as a list', () => {
    expect(redact({ links: ['http://h/a', 'https://h/b'] })).toEqual({
      links: ['http://h/a', 'https://h/b'],
    });
  });

  it('rewrites http and https URLs', () => {
    expect(redact({ a: 'https://u:pw@h/x', b: 'http://u:pw@h/x' })).toEqual({
      a: 'https://u:***@h/x',
      b: 'http://u:***@h/x',
    });
  });

  // Nine levels (0 to 8) cover every body we log; below that a value is passed through, which
  // is what stops a cyclic object from looping.
  const nested = (levels: number, leaf: unknown): unknown =>
    levels === 0 ? leaf : { inner: nested(levels - 1, leaf) };

  it('masks a secret nine levels down', () => {
    expect(redact(nested(8, { password: 'p' }))).toEqual(nested(8, { password: '***' }));
  });

  it('passes deeper values through untouched, so a cycle ends', () => {
    const deep = { password: 'p' };
    expect(redact(nested(9, deep))).toEqual(nested(9, deep));
    const cyclic: Record<string, unknown> = { token: 't' };
    cyclic.self = cyclic;
    expect(() => redact(cyclic)).not.toThrow();
    expect(redact(cyclic)).toMatchObject({ token: '***', self: { token: '***' } });
  });
});

describe('redactUrl', () => {
  it('ignores a secret that is not set', () => {
    expect(redactUrl('http://h/x?k=1', ['', 'absent'])).toBe('http://h/x?k=1');
  });

  it('masks every occurrence of each named secret', () => {
    expect(redactUrl('http://h/ak1/x?k=ak1&t=tk2', ['ak1', 'tk2'])).toBe(
      'http://h/***/x?k=***&t=***',
    );
  });

  it('keeps the user name of a connection string and everything around the password', () => {
    expect(redactUrl('postgres://app:s3cr:et@db:5432/x?ssl=1', [])).toBe(
      'postgres://app:***@db:5432/x?ssl=1',
    );
  });

  it('masks the path segment after /send/ only, in any case', () => {
    expect(redactUrl('http://h/api/1/SEND/tok/more#frag', [])).toBe(
      'http://h/api/1/SEND/***/more#frag',
    );
    expect(redactUrl('http://h/api/1/send/tok#frag', [])).toBe('http://h/api/1/send/***#frag');
    expect(redactUrl('http://h/api/1/sender/tok', [])).toBe('http://h/api/1/sender/tok');
  });
});
