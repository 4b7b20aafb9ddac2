import { inject } from 'vitest';

/** Talking to the sandbox over HTTP the way any client would, for the integration tests. */

export const baseUrl = () => inject('baseUrl');

export const DEMO = {
  login: 'demo-psp',
  email: 'integration@demo-psp.example',
  password: 'demo-password',
  appkey: 'ak_sandbox_7f3c2a9d51e84b6c',
};
export const LOVAT_TOKEN = '5aae918d97964ff88df64b059c2cc0f8';
export const CREDS = { login: DEMO.login, appkey: DEMO.appkey, password: DEMO.password };

export async function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json: json as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const enovfacture = (body: unknown) => postJson('/sandbox/enov/api/enovfacture', body);
export const enovipn = (body: unknown) => postJson('/sandbox/enov/api/enovipn', body);

export function lovatSend(
  body: unknown,
  opts: { query?: string; token?: string; contentType?: string } = {},
) {
  const query = opts.query ?? 'if_digital=true&if_vat_calculate=false';
  const path = `/sandbox/lovat/api/1/send/${opts.token ?? LOVAT_TOKEN}?${query}`;
  return postJson(path, body, { 'content-type': opts.contentType ?? 'application/json' });
}

export async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl()}/sandbox/api${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json() };
}

export const resetSandbox = () => control('POST', '/reset');
export const setFault = (fault: Record<string, unknown>) => control('POST', '/faults', fault);
export const clearFaults = () => control('DELETE', '/faults');

export async function journal(query = '') {
  return (await control('GET', `/requests${query}`)).json.requests as Array<{
    endpoint: string;
    method: string;
    path: string;
    request: { body: Record<string, unknown> | string };
    response: { status: number; body: unknown };
    fault: string | null;
    note: string | null;
  }>;
}

export async function invoice(reference: string) {
  const { json } = await control('GET', `/invoices?reference=${encodeURIComponent(reference)}`);
  return json.invoices[0] as { montant: number; montantRegle: number; etat: number } | undefined;
}

/** dd/mm/yyyy of today in Abidjan (UTC), shifted by `days`. */
export function abidjanDate(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function ipn(overrides: Record<string, unknown> = {}) {
  return {
    ...CREDS,
    reference: 'FAC-2026-000101',
    montant: 5000,
    refpaiement: `T-${Math.random().toString(36).slice(2, 10)}`,
    datepaiement: abidjanDate(),
    codestatut: '00',
    libstatut: 'Paiement accepté',
    ...overrides,
  };
}

/** The CinetPay twin's seeded merchant site (lib/sandbox/seed.json). */
export const CINETPAY = {
  apikey: 'sandbox_cp_apikey_2f9d7c41e8a35b60',
  site_id: '990001',
  secret_key: 'sandbox_cp_secret_b71e04c9d2f8a356',
};

export const cinetpayInit = (body: unknown, contentType = 'application/json') =>
  postJson('/sandbox/cinetpay/v2/payment', body, { 'content-type': contentType });
export const cinetpayCheck = (body: unknown, contentType = 'application/json') =>
  postJson('/sandbox/cinetpay/v2/payment/check', body, { 'content-type': contentType });

/** Polls `read` until `done` holds of its value, or fails after `ms`. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 10_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
