import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openCheckout, pay, syntheticContract } from '@/scripts/lib/harness';
import sandboxSeed from '@/lib/sandbox/seed.json';
import { DEV_ADMIN } from '@/lib/config-schema';
import { SANDBOX_SMS_TOKEN } from '@/lib/sms/constants';
import { NON_HTML_CSP } from '@/lib/http/static-headers.mjs';
import { baseUrl } from '@/tests/support/sandbox';
import { CONTROL_TOKEN } from '@/tests/support/server';
import { cookieHeader, hasActionState, submitForm } from '@/scripts/lib/forms';

/**
 * The security promises, checked on the production build: headers everywhere, cross-site
 * writes refused, no secret and no card number where a browser or a log could see it.
 */

const account = sandboxSeed.enov.accounts[0]!;
const SECRETS = [
  account.password,
  account.appkeys[0]!.appkey,
  sandboxSeed.lovat.tokens[0]!,
  SANDBOX_SMS_TOKEN,
  DEV_ADMIN.password,
  'lalo-sandbox-only-auth-secret',
];
// Luhn-valid and approved, and never shown anywhere as a documented test number.
const CARD = '5105 1051 0510 5100';
const CARD_DIGITS = CARD.replace(/\s/g, '');
const cardPattern = new RegExp(CARD_DIGITS.split('').join('[\\s-]?'));

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${p}`, { headers, redirect: 'manual' });

let receipt = '';
let agentCookie = '';

beforeAll(async () => {
  const form = await openCheckout(baseUrl(), syntheticContract());
  receipt = await pay(baseUrl(), form, crypto.randomUUID(), CARD);
  const signIn = await submitForm(`${baseUrl()}/agent/connexion`, {
    pick: (f) => hasActionState(f) && !('requestId' in f),
    fields: { email: DEV_ADMIN.email, password: DEV_ADMIN.password },
  });
  agentCookie = cookieHeader(signIn.setCookie);
}, 60_000);

const nonce = (r: Response) =>
  /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy')!)?.[1];

async function expectEveryScriptWith(page: Response, value: string | undefined) {
  const scripts = (await page.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${value}"`);
}

describe('response headers', () => {
  const expectSecure = (res: Response, where: string, html = true) => {
    const csp = res.headers.get('content-security-policy') ?? '';
    if (html)
      expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    else expect(csp, where).toBe(NON_HTML_CSP);
    expect(csp, where).toMatch(/base-uri '(self|none)'/);
    expect(csp, where).toContain("object-src 'none'");
    expect(csp, where).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
    expect(res.headers.get('referrer-policy'), where).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security'), where).toMatch(/max-age=\d{7,}/);
  };

  it.each([
    '/',
    '/contrat/2021007730',
    '/agent/connexion',
    '/agent',
    '/page-qui-n-existe-pas',
    '/api/page-qui-n-existe-pas',
    '/sandbox/api/requests?limit=1',
  ])('are set on %s, with a nonce', async (p) => expectSecure(await get(p), p));

  // NON_HTML_PATHS skip the proxy: each must still get every header, from next.config.
  it.each([
    ['/api/health', 'GET'],
    ['/api/ready', 'GET'],
    ['/api/metrics', 'GET'],
    ['/api/receipts/nope', 'GET'],
    ['/api/contracts/2021007730/invoices', 'GET'],
    ['/icon.svg', 'GET'],
    ['/sandbox/enov/api/enovfacture', 'POST'],
    ['/sandbox/lovat/api/1/send/nope', 'POST'],
    ['/sandbox/sms/api/send/nope', 'POST'],
    ['/api/cinetpay/notify', 'POST'],
    ['/sandbox/cinetpay/v2/payment', 'POST'],
  ])('are set on %s (%s), with a policy that runs nothing', async (p, method) =>
    expectSecure(
      await fetch(`${baseUrl()}${p}`, { method, body: method === 'POST' ? '{}' : undefined }),
      p,
      false,
    ),
  );

  it('are set on the way back from CinetPay, a redirect that runs nothing', async () => {
    const back = await fetch(`${baseUrl()}/api/cinetpay/return?transaction_id=PAY-NONE000000`, {
      redirect: 'manual',
    });
    expect(back.status).toBe(303);
    expectSecure(back, '/api/cinetpay/return', false);
  });

  it('are set on a server action’s answer, with a fresh nonce on every page', async () => {
    const res = await submitForm(`${baseUrl()}/agent/connexion`, {
      pick: hasActionState,
      fields: { email: 'nobody@lalo.test', password: 'wrong' },
    });
    expect(res.html).toContain('Adresse email ou mot de passe incorrect.');
    const [a, b] = await Promise.all([get('/contrat/2021007730'), get('/contrat/2021007730')]);
    expect(nonce(a)).not.toBe(nonce(b));
    await expectEveryScriptWith(a, nonce(a));
  });

  it('give a prerendered page one nonce for every visitor, which its every script carries', async () => {
    const [a, b, dynamic] = await Promise.all([get('/'), get('/'), get('/contrat/2021007730')]);
    expect(nonce(a)).toBe(nonce(b));
    expect(nonce(a)).not.toBe(nonce(dynamic));
    await expectEveryScriptWith(a, nonce(a));
    await expectEveryScriptWith(b, nonce(a));
    // Asked for with its language in the address, it is the same page.
    const english = await get('/en');
    expect(nonce(english)).toBe(nonce(a));
    await expectEveryScriptWith(english, nonce(a));
  });
});

describe('cross-site requests', () => {
  it.each([
    ['a server action', '/agent/connexion'],
    ['the sandbox reset', '/sandbox/api/reset'],
    ['a fault change', '/sandbox/api/faults'],
    ['a checkout', '/contrat/2021007730/paiement'],
  ])('refuse %s posted from another site', async (_name, p) => {
    const res = await fetch(`${baseUrl()}${p}`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{}',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });

  it('accept the same post from our own origin, and from servers that send no origin', async () => {
    const own = await fetch(`${baseUrl()}/sandbox/api/faults`, {
      method: 'DELETE',
      headers: { origin: baseUrl() },
    });
    expect(own.status).toBe(200);
    const server = await fetch(`${baseUrl()}/sandbox/api/faults`, { method: 'DELETE' });
    expect(server.status).toBe(200);
  });
});

describe('the sandbox control API and page', () => {
  const fromElsewhere = { 'x-forwarded-for': '203.0.113.50' };
  it('answer only this machine, or a client presenting the control token', async () => {
    for (const [path, method] of [
      ['/sandbox/api/requests', 'GET'],
      ['/sandbox/api/notifications', 'GET'],
      ['/sandbox/api/faults', 'DELETE'],
      ['/sandbox/api/reset', 'POST'],
    ] as const) {
      const refused = await fetch(`${baseUrl()}${path}`, { method, headers: fromElsewhere });
      expect(refused.status, `${method} ${path}`).toBe(403);
      const wrong = await fetch(`${baseUrl()}${path}`, {
        method,
        headers: { ...fromElsewhere, authorization: 'Bearer not-the-token-at-all-really' },
      });
      expect(wrong.status, `${method} ${path} with a wrong token`).toBe(403);
    }
    const withToken = await fetch(`${baseUrl()}/sandbox/api/requests?limit=1`, {
      headers: { ...fromElsewhere, authorization: `Bearer ${CONTROL_TOKEN}` },
    });
    expect(withToken.status).toBe(200);
    expect((await fetch(`${baseUrl()}/sandbox/api/requests?limit=1`)).status).toBe(200);
    // The journal page shows customers' phones and addresses: not to a client from elsewhere.
    expect((await fetch(`${baseUrl()}/sandbox`, { headers: fromElsewhere })).status).toBe(403);
    expect((await fetch(`${baseUrl()}/sandbox`)).status).toBe(200);
  });
});

describe('x-middleware-subrequest', () => {
  it.each([
    'proxy',
    'middleware',
    'proxy:proxy:proxy:proxy:proxy',
    'middleware:middleware:middleware:middleware:middleware',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  ])('"%s" reaches nothing protected', async (value) => {
    const header = { 'x-middleware-subrequest': value };
    const page = await get('/agent/journal', header);
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toContain('/agent/connexion');
    const forged = await get('/agent/paiements/export', {
      ...header,
      cookie: 'authjs.session-token=forged',
    });
    expect(forged.status).toBe(401);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('no secret and no card number where they could leak', () => {
  it('none in the browser bundles', () => {
    const files = filesUnder('.next/static').filter((f) => /\.(js|css|json|txt|html)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of SECRETS)
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
      expect(cardPattern.test(text), `a card number in ${file}`).toBe(false);
    }
  });

  it('none in the pages and RSC payloads a customer or an agent receives', async () => {
    const token = receipt.split('/recu/')[1]!;
    const paymentPage = await get('/agent/paiements?contract=', { cookie: agentCookie });
    const id = /\/agent\/paiements\/([0-9a-f-]{36})/.exec(await paymentPage.text())?.[1];
    expect(id).toBeDefined();
    for (const p of [
      receipt,
      `/api/receipts/${token}`,
      `/agent/paiements/${id}`,
      '/agent/paiements',
      '/',
      '/sandbox',
    ]) {
      for (const rsc of [false, true]) {
        const res = await get(p, { cookie: agentCookie, ...(rsc ? { rsc: '1' } : {}) });
        const text = await res.text();
        for (const secret of SECRETS)
          expect(text.includes(secret), `${secret} in ${p}`).toBe(false);
        expect(cardPattern.test(text), `the card number in ${p}`).toBe(false);
      }
    }
    const receiptText = await (await get(receipt)).text();
    expect(receiptText).toContain('5105-****-****-5100');
  });

  it('none in the server’s logs, even at debug level', () => {
    const log = readFileSync(inject('serverLog'), 'utf8');
    expect(log.length).toBeGreaterThan(0);
    expect(cardPattern.test(log)).toBe(false);
    for (const secret of SECRETS.slice(0, 4)) expect(log.includes(secret), secret).toBe(false);
  });
});
