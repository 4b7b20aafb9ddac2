import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { hiddenFieldsOfForms } from './forms';
import { freePort, startNext, waitHealthy } from './next-server';

export { freePort, waitHealthy };

/** What the chaos and benchmark scripts share: app instances, databases, and paying by HTTP. */

export interface Instance {
  base: string;
  port: number;
  child: ChildProcess;
  env: Record<string, string>;
}

/** The standalone server of the existing build, with its own port; PGlite in a fresh folder by default. */
export async function startApp(env: Record<string, string>, port?: number): Promise<Instance> {
  const p = port ?? (await freePort());
  const base = `http://localhost:${p}`;
  const full: Record<string, string> = {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(p),
    APP_URL: base,
    LOG_LEVEL: 'error',
    PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-harness-')), 'db'),
    LOOKUP_RATE_LIMIT: '1000000',
    ...env,
  };
  // The apps' own output (dropped connections make Next log stacks) goes to a file per port.
  mkdirSync('.tmp/harness', { recursive: true });
  const log = openSync(`.tmp/harness/app-${p}.log`, 'a');
  const child = startNext(p, full, ['ignore', log, log]);
  await waitHealthy(base, { child });
  return { base, port: p, child, env: full };
}

export async function stopApp(app: Instance, signal: NodeJS.Signals = 'SIGTERM') {
  if (app.child.exitCode !== null) return;
  const exited = new Promise((r) => app.child.once('exit', r));
  app.child.kill(signal);
  await Promise.race([exited, sleep(5_000)]);
  if (app.child.exitCode === null) app.child.kill('SIGKILL');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh database on the PostgreSQL server at `adminUrl`, and a way to drop it. */
export async function freshDatabase(adminUrl: string) {
  const name = `chaos_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const syntheticContract = () =>
  `9${String(Number.parseInt(randomBytes(4).toString('hex'), 16) % 1e9).padStart(9, '0')}`;

const CARD = {
  cardNumber: '4242 4242 4242 4242',
  cardExpiry: '12/30',
  cardCvc: '123',
  method: 'card',
  billingAddress: 'Rue des Jardins, Cocody',
  billingCity: 'Abidjan',
  billingCountry: 'CIV',
  billingPhone: '+2250700000001',
};

export interface CheckoutForm {
  page: string;
  hidden: Record<string, string>;
}

/** The checkout page of a synthetic contract's three invoices, as a browser gets it. */
export async function openCheckout(base: string, contract: string): Promise<CheckoutForm> {
  const refs = [1, 2, 3].map((i) => `f=SYN-${contract}-${i}`).join('&');
  const page = `${base}/contrat/${contract}/paiement?${refs}&mode=full`;
  const res = await fetch(page);
  if (!res.ok) throw new Error(`checkout page ${res.status}`);
  const hidden = hiddenFieldsOfForms(await res.text()).find((f) => 'attempt' in f);
  if (!hidden) throw new Error('no checkout form');
  return { page, hidden };
}

/**
 * Pays as a browser without JavaScript does (the action's form post). Returns the receipt's
 * path, or throws; the attempt key makes a retried post the same payment.
 */
export async function pay(
  base: string,
  form: CheckoutForm,
  attempt: string = randomUUID(),
  cardNumber = CARD.cardNumber,
) {
  const body = new FormData();
  const fields = { ...form.hidden, ...CARD, cardNumber, attempt };
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  const page = form.page.replace(/^https?:\/\/[^/]+/, base);
  const res = await fetch(page, { method: 'POST', body, redirect: 'manual' });
  const location = res.headers.get('location');
  await res.arrayBuffer();
  if (res.status !== 303 || !location?.includes('/recu/'))
    throw new Error(`pay answered ${res.status}`);
  return location;
}

/**
 * Pays on the CinetPay twin as a customer would: the checkout form (no card data), the guichet
 * (finished through the twin's control API, as the guichet's own form does), then the return
 * to our site. Returns the receipt's path; a retried attempt lands on the same payment.
 */
export async function payOnGuichet(base: string, form: CheckoutForm, attempt: string) {
  const body = new FormData();
  const { cardNumber: _n, cardExpiry: _e, cardCvc: _c, ...billing } = CARD;
  const fields = {
    ...form.hidden,
    ...billing,
    method: 'cinetpay',
    billingName: 'Awa',
    billingSurname: 'Koné',
    attempt,
  };
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  const page = form.page.replace(/^https?:\/\/[^/]+/, base);
  const res = await fetch(page, { method: 'POST', body, redirect: 'manual' });
  const location = res.headers.get('location') ?? '';
  await res.arrayBuffer();
  if (res.status !== 303) throw new Error(`pay answered ${res.status}`);
  if (location.includes('/recu/')) return location;
  const token = /\/guichet\/([^/?#]+)/.exec(location)?.[1];
  if (!token) throw new Error(`pay went to ${location}`);
  const found = await fetch(`${base}/sandbox/api/cinetpay/payments?token=${token}`);
  const reference = /PAY-[A-Z0-9]{10}/.exec(await found.text())?.[0];
  if (!reference) throw new Error('the twin does not know the payment');
  // Already finished by an earlier try: the twin refuses a second outcome, which is fine.
  await fetch(`${base}/sandbox/api/cinetpay/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transaction_id: reference, outcome: 'accepted', method: 'OM' }),
  }).then((r) => r.arrayBuffer());
  const back = await fetch(`${base}/api/cinetpay/return?transaction_id=${reference}`, {
    redirect: 'manual',
  });
  await back.arrayBuffer();
  const receipt = back.headers.get('location');
  if (back.status !== 303 || !receipt?.includes('/recu/'))
    throw new Error(`return answered ${back.status}`);
  return receipt;
}

/** Runs `task` for 0..n-1 with at most `concurrency` at once. */
export async function pool(n: number, concurrency: number, task: (i: number) => Promise<void>) {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, n) }, async () => {
    while (next < n) await task(next++);
  });
  await Promise.all(workers);
}
