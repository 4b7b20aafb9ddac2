import { beforeEach, describe, expect, it } from 'vitest';
import {
  baseUrl,
  clearFaults,
  control,
  CREDS,
  enovfacture,
  enovipn,
  invoice,
  ipn,
  journal,
  lovatSend,
  resetSandbox,
  setFault,
} from '@/tests/support/sandbox';

beforeEach(async () => {
  await resetSandbox();
});

describe('GET /sandbox/api/requests', () => {
  it('lists requests newest first, with their answers, credentials redacted', async () => {
    await enovfacture({ ...CREDS, idcontrat: '2021007730' });
    await lovatSend({ transaction_id: 'x' });
    const [lovat, enov] = await journal();
    expect(lovat).toMatchObject({
      upstream: 'lovat',
      endpoint: 'lovat',
      method: 'POST',
      path: '/sandbox/lovat/api/1/send/***?if_digital=true&if_vat_calculate=false',
      response: { status: 400, body: { error: 'Problem with data' } },
    });
    expect(lovat?.note).toContain('transaction_datetime is required');
    expect(enov).toMatchObject({
      upstream: 'enov',
      endpoint: 'enovfacture',
      request: {
        body: { login: 'demo-psp', password: '***', appkey: '***', idcontrat: '2021007730' },
      },
      response: { status: 200 },
    });
    expect(JSON.stringify(await journal())).not.toMatch(/demo-password|ak_sandbox_|5aae918d/);
  });

  it('redacts credentials even in a body that is not JSON', async () => {
    await enovfacture(
      '{"login":"demo-psp","password":"demo-password","appkey":"ak_sandbox_7f3c2a9d51e84b6c",',
    );
    expect(JSON.stringify(await journal())).not.toMatch(/demo-password|ak_sandbox_/);
  });

  it('filters by upstream and limits the count', async () => {
    await enovfacture({ ...CREDS, idcontrat: '2021007730' });
    await enovfacture({ ...CREDS, idcontrat: '2021007730' });
    await lovatSend({});
    expect((await journal('?upstream=enov')).every((r) => r.endpoint.startsWith('enov'))).toBe(
      true,
    );
    expect(await journal('?upstream=lovat')).toHaveLength(1);
    expect(await journal('?limit=1')).toHaveLength(1);
    expect((await control('GET', '/requests?upstream=other')).status).toBe(400);
  });
});

describe('faults', () => {
  it('sets, lists and clears faults per endpoint', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'http500', rate: 0.3 });
    await setFault({ endpoint: 'lovat', latencyMs: 50 });
    expect((await control('GET', '/faults')).json.faults).toEqual([
      { endpoint: 'enovipn', latencyMs: 0, failure: 'http500', rate: 0.3 },
      { endpoint: 'lovat', latencyMs: 50, rate: 1 },
    ]);
    await control('DELETE', '/faults?endpoint=lovat');
    expect((await control('GET', '/faults')).json.faults).toHaveLength(1);
    await clearFaults();
    expect((await control('GET', '/faults')).json.faults).toEqual([]);
  });

  it.each([
    [{ endpoint: 'nowhere', failure: 'http500' }],
    [{ endpoint: 'enovipn', failure: 'explode' }],
    [{ endpoint: 'enovipn', failure: 'code' }],
    [{ endpoint: 'enovipn', failure: 'code', code: '00' }],
    [{ endpoint: 'lovat', failure: 'code', code: '200' }],
    [{ endpoint: 'enovipn', rate: 2, failure: 'drop' }],
    [{ endpoint: 'enovipn' }],
    [{ endpoint: 'enovipn', failure: 'drop', extra: true }],
  ])('refuses an invalid fault %j with 400', async (fault) => {
    const { status, json } = await setFault(fault);
    expect(status).toBe(400);
    expect(json.error).toBe('Invalid fault.');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch(`${baseUrl()}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(response.status).toBe(400);
  });

  it('refuses cross-site writes', async () => {
    const response = await fetch(`${baseUrl()}/sandbox/api/reset`, {
      method: 'POST',
      headers: { origin: 'https://attacker.example' },
    });
    expect(response.status).toBe(403);
  });

  it('forces an Enov code, then the endpoint recovers once cleared', async () => {
    await setFault({ endpoint: 'enovfacture', failure: 'code', code: '-2' });
    expect((await enovfacture({ ...CREDS, idcontrat: '2021007730' })).json).toEqual({
      code: '-2',
      message: "Erreur d'accès aux données",
    });
    expect((await journal('?limit=1'))[0]?.fault).toBe('code');
    await clearFaults();
    expect((await enovfacture({ ...CREDS, idcontrat: '2021007730' })).json).toHaveLength(1);
  });

  it('answers HTTP 500 with an HTML page', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'http500' });
    const response = await enovipn(ipn());
    expect(response.status).toBe(500);
    expect(response.text).toContain('<html>');
  });

  it('answers a truncated JSON body', async () => {
    await setFault({ endpoint: 'enovfacture', failure: 'malformed' });
    const response = await enovfacture({ ...CREDS, idcontrat: '2021007730' });
    expect(response.status).toBe(200);
    expect(response.json).toBeUndefined();
  });

  it('drops the connection without processing the request', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'drop' });
    await expect(enovipn(ipn())).rejects.toThrow();
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(0);
    expect((await journal('?limit=1'))[0]).toMatchObject({
      fault: 'drop',
      response: { status: 0 },
    });
  });

  it('drops the connection after processing with drop-after', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'drop-after' });
    await expect(enovipn(ipn({ montant: 3000 }))).rejects.toThrow();
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(3000);
  });

  it('hangs until hangMs, then answers 504 without processing', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'hang', hangMs: 300 });
    const started = Date.now();
    const response = await enovipn(ipn());
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(0);
  });

  it('adds latency before answering normally', async () => {
    await setFault({ endpoint: 'enovfacture', latencyMs: 300 });
    const started = Date.now();
    const response = await enovfacture({ ...CREDS, idcontrat: '2021007730' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(response.json).toHaveLength(1);
  });

  it('fails about the given share of calls', async () => {
    await setFault({ endpoint: 'enovfacture', failure: 'http500', rate: 0.3 });
    const statuses = [];
    for (let i = 0; i < 60; i++)
      statuses.push((await enovfacture({ ...CREDS, idcontrat: '1' })).status);
    const failed = statuses.filter((s) => s === 500).length;
    // 18 expected; the bounds are more than four standard deviations away.
    expect(failed).toBeGreaterThanOrEqual(4);
    expect(failed).toBeLessThanOrEqual(34);
    await setFault({ endpoint: 'enovfacture', failure: 'http500', rate: 0 });
    expect((await enovfacture({ ...CREDS, idcontrat: '1' })).status).toBe(200);
  });
});

describe('POST /sandbox/api/reset', () => {
  it('restores the seed data and forgets the journal, faults, notifications and reports', async () => {
    await enovipn(ipn({ montant: 4000 }));
    await setFault({ endpoint: 'lovat', failure: 'drop' });
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(4000);
    expect((await resetSandbox()).json).toEqual({ reset: true });
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(0);
    expect(await journal()).toEqual([]);
    expect((await control('GET', '/faults')).json.faults).toEqual([]);
    expect((await control('GET', '/notifications')).json.notifications).toEqual([]);
    expect((await control('GET', '/reports')).json.reports).toEqual([]);
  });
});
