import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startNext } from '../scripts/lib/next-server';
import { freePort, spawnServer, waitHealthy } from './spawn-server';

/** Starts the production server with `env` and returns how it ended and what it printed. */
async function startWith(env: Record<string, string>) {
  const port = await freePort();
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    // The standalone server, as deployed.
    const child = startNext(
      port,
      { PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-bad-')), 'db'), ...env },
      ['ignore', 'ignore', 'pipe'],
    );
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server kept running with a bad configuration; stderr: ${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const lines = (text: string) =>
  text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));

test.describe('start-up with a misconfigured variable', () => {
  test('stops with one line naming the variable', async () => {
    const { code, stderr } = await startWith({ UPSTREAM_TIMEOUT_MS: 'ten' });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'Invalid configuration: UPSTREAM_TIMEOUT_MS must be a whole number between 1 and 120000 (got "ten"). See .env.example.',
    ]);
  });

  test('refuses real upstreams without their credentials, without echoing secrets', async () => {
    const { code, stderr } = await startWith({
      SANDBOX: 'off',
      ENOV_BASE_URL: 'https://enov.example',
      ENOV_PASSWORD: 'do-not-print-me',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('SANDBOX=off needs real upstreams');
    expect(stderr).toContain('ENOV_LOGIN');
    expect(stderr).not.toContain('do-not-print-me');
  });
});

// A production configuration that starts: real upstreams (never called at start-up) and CinetPay.
const PRODUCTION = {
  SANDBOX: 'off',
  ENOV_BASE_URL: 'https://enov.example',
  ENOV_LOGIN: 'psp',
  ENOV_APPKEY: 'ak_live',
  ENOV_PASSWORD: 'secret',
  LOVAT_BASE_URL: 'https://lovat.example',
  LOVAT_TOKEN: 'tok_live',
  SMS_BASE_URL: 'https://sms.example',
  SMS_TOKEN: 'sms_live',
  AUTH_SECRET: 'e2e-production-like-secret-32-chars-long',
  ADMIN_EMAIL: 'root@example.com',
  ADMIN_PASSWORD: 'a-long-admin-password',
  CINETPAY_BASE_URL: 'https://api-checkout.cinetpay.example',
  CINETPAY_APIKEY: 'cp_live_key',
  CINETPAY_SITE_ID: '105890',
  CINETPAY_SECRET_KEY: 'cp_live_secret',
  INSURER_PHONE: '+225 27 20 25 97 00',
  INSURER_HOURS: 'lun-ven 07:30-16:30',
};

test.describe('production fails closed', () => {
  test('refuses to start without being told whether the sandbox is on', async () => {
    const { code, stderr } = await startWith({ SANDBOX: '' });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      'Invalid configuration: SANDBOX must be set in production: "off" for real upstreams and money, "on" only for a demo (simulated money, documented passwords). See .env.example.',
    ]);
  });

  test('refuses real upstreams without the insurer’s own contact: never a made-up number', async () => {
    const { INSURER_PHONE: _phone, ...noPhone } = PRODUCTION;
    const { code, stderr } = await startWith(noPhone);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "SANDBOX=off needs the insurer's contact shown to customers, but INSURER_PHONE is not set",
    );
  });

  test('refuses real upstreams on the simulated processor, which takes no money', async () => {
    const { code, stderr } = await startWith({
      ...PRODUCTION,
      PAYMENT_PROCESSOR: 'simulated',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('SANDBOX=off needs a real payment processor');
    expect(stderr).not.toContain('a-long-admin-password');
  });
});

test('with real upstreams and CinetPay configured, every sandbox route answers 404', async () => {
  const server = await spawnServer(PRODUCTION);
  try {
    await waitHealthy(server.base);
    for (const [method, route] of [
      ['GET', '/sandbox'],
      ['GET', '/sandbox/enov'],
      ['GET', '/sandbox/enov/connexion'],
      ['GET', '/sandbox/plancher-statique'],
      ['GET', '/en/sandbox/plancher-statique'],
      ['GET', '/sandbox/api/requests'],
      ['POST', '/sandbox/api/reset'],
      ['POST', '/sandbox/api/faults'],
      ['POST', '/sandbox/enov/api/enovfacture'],
      ['POST', '/sandbox/enov/api/enovipn'],
      ['POST', '/sandbox/lovat/api/1/send/tok_live?if_digital=true'],
      ['POST', '/sandbox/cinetpay/v2/payment'],
      ['POST', '/sandbox/cinetpay/v2/payment/check'],
    ] as const) {
      const response = await fetch(`${server.base}${route}`, {
        method,
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(response.status, `${method} ${route}`).toBe(404);
    }
  } finally {
    server.stop();
  }
});
