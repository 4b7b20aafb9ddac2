import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config-schema';

const REAL = {
  SANDBOX: 'off',
  ENOV_BASE_URL: 'https://enov.example/ws/',
  ENOV_LOGIN: 'psp',
  ENOV_APPKEY: 'ak_live_x',
  ENOV_PASSWORD: 's3cret-pass',
  LOVAT_BASE_URL: 'https://lovat.example',
  LOVAT_TOKEN: 'tok_live_y',
  SMS_BASE_URL: 'https://sms.example',
  SMS_TOKEN: 'sms_live_z',
  AUTH_SECRET: 'a-production-secret-of-at-least-32-chars',
  ADMIN_EMAIL: 'Root@Example.com',
  ADMIN_PASSWORD: 'a-long-admin-password',
};

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('works with nothing set: embedded database and sandbox upstreams', () => {
    const c = parseConfig({});
    expect(c.database).toEqual({ kind: 'pglite', dir: '.data/pglite' });
    expect(c.sandbox).toBe(true);
    expect(c.appUrl).toBe('http://localhost:3000');
    expect(c.enov.baseUrl).toBe('http://localhost:3000/sandbox/enov');
    expect(c.lovat.baseUrl).toBe('http://localhost:3000/sandbox/lovat');
    expect(c.enov.login).toBe('demo-psp');
    expect(c.upstreamTimeoutMs).toBe(10_000);
    expect(c.lovat.serviceCode).toBe('21');
  });

  it('derives sandbox URLs from PORT and APP_URL', () => {
    expect(parseConfig({ PORT: '3100' }).enov.baseUrl).toBe('http://localhost:3100/sandbox/enov');
    const c = parseConfig({ APP_URL: 'https://pay.example.ci/' });
    expect(c.appUrl).toBe('https://pay.example.ci');
    expect(c.lovat.baseUrl).toBe('https://pay.example.ci/sandbox/lovat');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = parseConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/app' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/app' });
  });

  it('takes real upstreams when SANDBOX=off and everything is given', () => {
    const c = parseConfig(REAL);
    expect(c.sandbox).toBe(false);
    expect(c.enov.baseUrl).toBe('https://enov.example/ws');
    expect(c.lovat.token).toBe('tok_live_y');
  });

  it('names each bad variable in one line', () => {
    const msg = errorOf({ UPSTREAM_TIMEOUT_MS: 'abc', DATABASE_URL: 'mysql://x' });
    expect(msg).not.toContain('\n');
    expect(msg).toContain(
      'UPSTREAM_TIMEOUT_MS must be a whole number between 1 and 120000 (got "abc")',
    );
    expect(msg).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  it('refuses SANDBOX=off without credentials and lists what is missing', () => {
    const msg = errorOf({ SANDBOX: 'off', ENOV_BASE_URL: 'https://enov.example' });
    expect(msg).toContain(
      'ENOV_LOGIN, ENOV_APPKEY, ENOV_PASSWORD, LOVAT_BASE_URL, LOVAT_TOKEN, SMS_BASE_URL, SMS_TOKEN, AUTH_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD are not set',
    );
  });

  it('refuses production without its own admin and secret, uses dev defaults in the sandbox', () => {
    const { AUTH_SECRET: _s, ADMIN_PASSWORD: _p, ...noAdmin } = REAL;
    expect(errorOf(noAdmin)).toContain('AUTH_SECRET, ADMIN_PASSWORD are not set');
    expect(parseConfig(REAL).auth.firstAdmin.email).toBe('root@example.com');
    const dev = parseConfig({});
    expect(dev.auth.firstAdmin).toMatchObject({ email: 'admin@lalo.test' });
    expect(dev.auth.idleMs).toBe(30 * 60_000);
    expect(errorOf({ ADMIN_PASSWORD: 'short' })).toContain('ADMIN_PASSWORD must be at least 12');
    expect(errorOf({ ADMIN_PASSWORD: 'short' })).not.toContain('short"');
    expect(errorOf({ AUTH_SECRET: 'x' })).toContain('AUTH_SECRET must be at least 32');
  });

  it('never echoes a secret value in its message', () => {
    const msg = errorOf({ ...REAL, ENOV_PASSWORD: 's3cret-pass', PORT: '99999' });
    expect(msg).toContain('PORT');
    expect(errorOf({ ...REAL, LOVAT_TOKEN: ' ' })).not.toContain('tok_live_y');
    expect(msg).not.toContain('s3cret-pass');
  });

  it.each([
    ['SANDBOX', 'maybe', 'SANDBOX must be "on" or "off"'],
    ['PORT', '0', 'PORT must be a whole number between 1 and 65535'],
    ['APP_URL', 'localhost:3000', 'APP_URL must be an http(s) URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
    ['NODE_ENV', 'staging', 'NODE_ENV'],
    ['LOVAT_SERVICE_CODE', '22', 'LOVAT_SERVICE_CODE must be a LOVAT service code from 1 to 21'],
  ])('rejects %s=%s', (name, value, expected) => {
    expect(errorOf({ [name]: value })).toContain(expected);
  });
});
