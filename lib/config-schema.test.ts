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
  CINETPAY_BASE_URL: 'https://api-checkout.cinetpay.com/',
  CINETPAY_APIKEY: 'cp_live_key',
  CINETPAY_SITE_ID: '105890',
  CINETPAY_SECRET_KEY: 'cp_live_secret',
  INSURER_PHONE: '+225 27 20 25 97 00',
  INSURER_HOURS: 'lun-ven 07:30-16:30',
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

  it('takes real upstreams and CinetPay when SANDBOX=off and everything is given', () => {
    const c = parseConfig(REAL);
    expect(c.sandbox).toBe(false);
    expect(c.enov.baseUrl).toBe('https://enov.example/ws');
    expect(c.payments.processor).toBe('cinetpay');
    expect(c.cinetpay).toMatchObject({
      baseUrl: 'https://api-checkout.cinetpay.com',
      siteId: '105890',
      approvalMs: 30 * 60_000,
    });
  });

  it('refuses SANDBOX=off on the simulated processor, even with everything else given', () => {
    // A made-up card would otherwise be reported to the real insurer as paid.
    expect(errorOf({ ...REAL, PAYMENT_PROCESSOR: 'simulated' })).toContain(
      'SANDBOX=off needs a real payment processor, but PAYMENT_PROCESSOR is "simulated"',
    );
    expect(errorOf({ PAYMENT_PROCESSOR: 'paypal' })).toContain('PAYMENT_PROCESSOR must be');
  });

  it('needs every CinetPay variable with the sandbox off, and the twin’s by default with it on', () => {
    const { CINETPAY_SECRET_KEY: _k, CINETPAY_SITE_ID: _s, ...partial } = REAL;
    expect(errorOf(partial)).toContain('CINETPAY_SITE_ID, CINETPAY_SECRET_KEY are not set');
    expect(errorOf({ ...REAL, CINETPAY_SITE_ID: 'abc' })).toContain('CINETPAY_SITE_ID must be');
    expect(errorOf({ ...REAL, CINETPAY_SECRET_KEY: ' ' })).not.toContain('cp_live_secret');
    const demo = parseConfig({ PAYMENT_PROCESSOR: 'cinetpay' });
    expect(demo.payments.processor).toBe('cinetpay');
    expect(demo.cinetpay.baseUrl).toBe('http://localhost:3000/sandbox/cinetpay');
    expect(parseConfig({}).payments.processor).toBe('simulated');
  });

  it('takes the sandbox only when asked for it in production', () => {
    const msg = errorOf({ NODE_ENV: 'production' });
    expect(msg).toContain('SANDBOX must be set in production');
    expect(parseConfig({ NODE_ENV: 'production', SANDBOX: 'on' }).sandbox).toBe(true);
    expect(parseConfig({ NODE_ENV: 'development' }).sandbox).toBe(true);
    expect(parseConfig({ NODE_ENV: 'test' }).sandbox).toBe(true);
  });

  it('believes no forwarded address unless told how many proxies are ours', () => {
    expect(parseConfig({}).trustedProxyHops).toBe(0);
    expect(parseConfig({ TRUSTED_PROXY_HOPS: '1' }).trustedProxyHops).toBe(1);
    expect(errorOf({ TRUSTED_PROXY_HOPS: '-1' })).toContain(
      'TRUSTED_PROXY_HOPS must be a whole number between 0 and 10',
    );
    expect(errorOf({ TRUSTED_PROXY_HOPS: '11' })).toContain('TRUSTED_PROXY_HOPS');
  });

  it('bounds checkouts and how long a wallet push may hold invoices', () => {
    expect(parseConfig({}).checkoutLimit).toEqual({
      perClient: 10,
      perContract: 20,
      windowMs: 600_000,
      walletPushesPerContract: 3,
      walletPushWindowMs: 3_600_000,
    });
    expect(errorOf({ WALLET_APPROVAL_TIMEOUT_MS: '900000' })).toContain(
      'WALLET_APPROVAL_TIMEOUT_MS must be a whole number between 1 and 300000',
    );
    expect(errorOf({ SANDBOX_CONTROL_TOKEN: 'short' })).toContain(
      'SANDBOX_CONTROL_TOKEN must be at least 24 characters',
    );
  });

  it('holds an outbox lease longer than two upstream calls', () => {
    expect(parseConfig({}).outbox.leaseMs).toBe(60_000);
    expect(
      parseConfig({ OUTBOX_LEASE_MS: '5000', UPSTREAM_TIMEOUT_MS: '2000' }).outbox.leaseMs,
    ).toBe(5_000);
    expect(errorOf({ OUTBOX_LEASE_MS: '4000', UPSTREAM_TIMEOUT_MS: '2000' })).toContain(
      'OUTBOX_LEASE_MS must be more than twice UPSTREAM_TIMEOUT_MS (2000)',
    );
  });

  it('keeps /api/metrics closed unless a long enough token is set, never echoing it', () => {
    expect(parseConfig({}).metricsToken).toBeUndefined();
    expect(parseConfig({ METRICS_TOKEN: '  ' }).metricsToken).toBeUndefined();
    const token = 'a-metrics-token-of-32-characters';
    expect(parseConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
    const msg = errorOf({ METRICS_TOKEN: 'short-secret' });
    expect(msg).toContain('METRICS_TOKEN must be at least 24 characters');
    expect(msg).not.toContain('short-secret');
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
      'ENOV_LOGIN, ENOV_APPKEY, ENOV_PASSWORD, LOVAT_BASE_URL, LOVAT_TOKEN, SMS_BASE_URL, SMS_TOKEN, AUTH_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD, CINETPAY_BASE_URL, CINETPAY_APIKEY, CINETPAY_SITE_ID, CINETPAY_SECRET_KEY are not set',
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

  describe('the insurer contact (issue #17)', () => {
    it('is the sandbox’s made-up contact, marked so, while the sandbox is on', () => {
      const c = parseConfig({}).insurerContact;
      expect(c.sandbox).toBe(true);
      expect(c.phone).toEqual({ display: '+225 27 20 00 00 00', digits: '2252720000000' });
      expect(c.whatsapp?.digits).toBe('2250700000000');
      expect(c.hours).toEqual([
        { from: 1, to: 5, open: '08:00', close: '17:00' },
        { from: 6, to: 6, open: '08:00', close: '12:00' },
      ]);
    });

    it('is the configured one, unmarked, when every value is given', () => {
      const c = parseConfig({
        INSURER_PHONE: ' +225  27 20 25 97 00 ',
        INSURER_WHATSAPP: '+225 07 07 07 07 07',
        INSURER_HOURS: 'Mon-Fri 07:30-16:30, Sat 08:00-12:00',
      }).insurerContact;
      expect(c).toEqual({
        phone: { display: '+225 27 20 25 97 00', digits: '2252720259700' },
        whatsapp: { display: '+225 07 07 07 07 07', digits: '2250707070707' },
        hours: [
          { from: 1, to: 5, open: '07:30', close: '16:30' },
          { from: 6, to: 6, open: '08:00', close: '12:00' },
        ],
        sandbox: false,
      });
    });

    it('fails closed with the sandbox off: no made-up number, WhatsApp only when given', () => {
      const { INSURER_PHONE: _p, INSURER_HOURS: _h, ...none } = REAL;
      expect(errorOf(none)).toContain(
        "SANDBOX=off needs the insurer's contact shown to customers, but INSURER_PHONE, INSURER_HOURS are not set",
      );
      const { INSURER_HOURS: _only, ...noHours } = REAL;
      expect(errorOf(noHours)).toContain('but INSURER_HOURS is not set');
      const c = parseConfig(REAL).insurerContact;
      expect(c).toMatchObject({ whatsapp: null, sandbox: false });
      expect(c.phone.digits).toBe('2252720259700');
    });

    it.each([
      ['INSURER_PHONE', '27 20 25 97 00', 'INSURER_PHONE must be an international number'],
      ['INSURER_PHONE', '+225 27 20 25 97 00 poste 12', 'INSURER_PHONE must be'],
      ['INSURER_WHATSAPP', '+12', 'INSURER_WHATSAPP must be an international number'],
      ['INSURER_HOURS', 'du lundi au vendredi', 'INSURER_HOURS must be days and hours'],
      ['INSURER_HOURS', 'ven-lun 08:00-17:00', 'INSURER_HOURS must be'],
      ['INSURER_HOURS', 'lun 17:00-08:00', 'INSURER_HOURS must be'],
      ['INSURER_HOURS', 'lun 08:00-25:00', 'INSURER_HOURS must be'],
    ])('rejects %s=%s', (name, value, expected) => {
      expect(errorOf({ [name]: value })).toContain(expected);
    });
  });
});
