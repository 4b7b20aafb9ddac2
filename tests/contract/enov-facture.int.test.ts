import { beforeAll, describe, expect, it } from 'vitest';
import seed from '@/lib/sandbox/seed.json';
import { baseUrl, CREDS, DEMO, enovfacture, postJson, resetSandbox } from '@/tests/support/sandbox';

const AUTH_ERROR = { code: '-1', message: "Erreur d'authentification" };
const SELECTION_ERROR = { code: '08', message: 'Erreur lors de la sélection des factures' };

beforeAll(async () => {
  await resetSandbox();
});

describe('POST /api/enovfacture', () => {
  it('answers the open invoices of a seed contract, as the seed holds them', async () => {
    const { status, json } = await enovfacture({ ...CREDS, idcontrat: '2019004512' });
    expect(status).toBe(200);
    const contract = seed.enov.contracts.find((c) => c.idcontrat === '2019004512')!;
    expect(json).toEqual(contract.invoices.map(({ etat, ...i }) => ({ ...i, Etat: etat })));
  });

  it('accepts the email as login, in any case, and field names in any case', async () => {
    const byEmail = await enovfacture({
      ...CREDS,
      login: DEMO.email.toUpperCase(),
      idcontrat: '2021007730',
    });
    expect(byEmail.json).toHaveLength(1);
    const capitalised = await enovfacture({
      Login: DEMO.login,
      Appkey: DEMO.appkey,
      Password: DEMO.password,
      Idcontrat: '2021007730',
    });
    expect(capitalised.json).toEqual(byEmail.json);
  });

  it('reads a form-encoded body too', async () => {
    const form = new URLSearchParams({ ...CREDS, idcontrat: '2016003321' }).toString();
    const { json } = await postJson('/sandbox/enov/api/enovfacture', form, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(json).toEqual([
      {
        reference: 'FAC-2026-000301',
        dateFacture: '01/11/2026',
        montant: 1250000,
        montantRegle: 400000,
        Etat: 4,
      },
    ]);
  });

  it('lists all 24 invoices of the contract in arrears, oldest first', async () => {
    const { json } = await enovfacture({ ...CREDS, idcontrat: '2015000042' });
    expect(json).toHaveLength(24);
    expect(json[0].reference).toBe('FAC-2024-000400');
    expect(json[23].dateFacture).toBe('10/10/2026');
  });

  it.each([
    ['an up-to-date contract', '2018000999'],
    ['an unknown contract', '1234567890'],
  ])('answers [] for %s', async (_, idcontrat) => {
    const { status, json } = await enovfacture({ ...CREDS, idcontrat });
    expect(status).toBe(200);
    expect(json).toEqual([]);
  });

  it('answers three deterministic invoices, one of each state, for a synthetic 9xxxxxxxxx', async () => {
    const first = await enovfacture({ ...CREDS, idcontrat: '9123456789' });
    const again = await enovfacture({ ...CREDS, idcontrat: '9123456789' });
    expect(first.json).toEqual(again.json);
    expect(first.json.map((i: { Etat: number }) => i.Etat)).toEqual([6, 4, 1]);
    expect(first.json.map((i: { reference: string }) => i.reference)).toEqual([
      'SYN-9123456789-1',
      'SYN-9123456789-2',
      'SYN-9123456789-3',
    ]);
    const other = await enovfacture({ ...CREDS, idcontrat: '9000000002' });
    expect(other.json).toHaveLength(3);
    expect(other.json).not.toEqual(first.json);
    expect((await enovfacture({ ...CREDS, idcontrat: '912345678' })).json).toEqual([]);
  });

  it.each([
    ['a wrong password', { password: 'nope' }],
    ['a wrong appkey', { appkey: 'ak_other' }],
    ['an unknown login', { login: 'nobody' }],
    ['an empty login', { login: '' }],
    ['a missing password', { password: undefined }],
    ['a missing appkey', { appkey: undefined }],
  ])('answers -1 for %s, with HTTP 200', async (_, change) => {
    const { status, json } = await enovfacture({ ...CREDS, ...change, idcontrat: '2019004512' });
    expect(status).toBe(200);
    expect(json).toEqual(AUTH_ERROR);
  });

  it('answers -1 for a body that is not JSON (no credentials can be read)', async () => {
    const { status, json } = await enovfacture('{"login": "demo-psp",');
    expect(status).toBe(200);
    expect(json).toEqual(AUTH_ERROR);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('answers 08 for a %s idcontrat', async (_, idcontrat) => {
    expect((await enovfacture({ ...CREDS, idcontrat })).json).toEqual(SELECTION_ERROR);
  });

  it('checks credentials before the contract (-1 wins over 08)', async () => {
    expect((await enovfacture({ ...CREDS, password: 'x' })).json).toEqual(AUTH_ERROR);
  });

  it.each(Object.entries(seed.enov.faultContracts))(
    'answers fault contract %s with its code %s',
    async (idcontrat, code) => {
      const { status, json } = await enovfacture({ ...CREDS, idcontrat });
      expect(status).toBe(200);
      expect(json.code).toBe(code);
      expect(json.message).toEqual(expect.any(String));
    },
  );

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await fetch(`${baseUrl()}/sandbox/enov/api/enovfacture`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
