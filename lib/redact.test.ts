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
    expect(redactUrl('http://h/sandbox/lovat/api/1/send/5aae918d?if_digital=true')).toBe(
      'http://h/sandbox/lovat/api/1/send/***?if_digital=true',
    );
    expect(redactUrl('postgres://app:hunter2@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(redact({ url: 'http://h/api/1/send/tok' })).toEqual({ url: 'http://h/api/1/send/***' });
  });

  it('masks explicitly named secrets anywhere in a string', () => {
    expect(redactUrl('http://h/x?k=ak_live_1', ['ak_live_1'])).toBe('http://h/x?k=***');
  });
});
