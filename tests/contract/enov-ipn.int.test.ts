import { beforeEach, describe, expect, it } from 'vitest';
import {
  abidjanDate,
  baseUrl,
  CREDS,
  enovfacture,
  enovipn,
  invoice,
  ipn,
  resetSandbox,
} from '@/tests/support/sandbox';
import { syntheticInvoiceByReference } from '@/lib/sandbox/synthetic';

const code = async (body: unknown) => (await enovipn(body)).json.code as string;

beforeEach(async () => {
  await resetSandbox();
});

describe('POST /api/enovipn: each code', () => {
  it('00: applies the payment, the invoice becomes partly paid', async () => {
    const { status, json } = await enovipn(ipn({ montant: 5000 }));
    expect(status).toBe(200);
    expect(json).toEqual({ code: '00', message: 'Paiement effectué avec succès' });
    expect(await invoice('FAC-2026-000101')).toMatchObject({ montantRegle: 5000, etat: 4 });
  });

  it.each([
    ['a wrong password', { password: 'x' }],
    ['a wrong appkey', { appkey: 'x' }],
    ['no login', { login: undefined }],
  ])('-1 for %s', async (_, change) => {
    expect(await enovipn(ipn(change))).toMatchObject({
      status: 200,
      json: { code: '-1', message: "Erreur d'authentification" },
    });
  });

  it.each([
    ['an unknown', 'FAC-0000-000000'],
    ['no', undefined],
    ['an empty', ''],
  ])('02 for %s invoice reference', async (_, reference) => {
    expect((await enovipn(ipn({ reference }))).json).toEqual({
      code: '02',
      message: 'Référence de facture inexistant',
    });
  });

  it.each([
    ['zero', 0],
    ['negative', -5000],
    ['a fraction', 10.5],
    ['text', 'abc'],
    ['missing', undefined],
    ['above what is due', 25001],
  ])('03 for an amount that is %s', async (_, montant) => {
    expect((await enovipn(ipn({ montant }))).json).toEqual({
      code: '03',
      message: 'Montant du réglé incorrect',
    });
  });

  it('accepts an amount written as text', async () => {
    expect(await code(ipn({ montant: '2500' }))).toBe('00');
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(2500);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('04 for a %s payment reference', async (_, refpaiement) => {
    expect((await enovipn(ipn({ refpaiement }))).json).toEqual({
      code: '04',
      message: 'Aucune référence de paiement fournie',
    });
  });

  it.each([
    ['not a real date', '31/02/2026'],
    ['another format', '2026-11-23'],
    ['missing', undefined],
    ['tomorrow in Abidjan', abidjanDate(1)],
  ])('05 for a payment date %s', async (_, datepaiement) => {
    expect((await enovipn(ipn({ datepaiement }))).json).toEqual({
      code: '05',
      message: 'Date de paiement incorrect',
    });
  });

  it('accepts a payment dated in the past', async () => {
    expect(await code(ipn({ datepaiement: '01/10/2026' }))).toBe('00');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('06 for a %s status code', async (_, codestatut) => {
    expect((await enovipn(ipn({ codestatut }))).json).toEqual({
      code: '06',
      message: 'Statut de paiement non fourni',
    });
  });

  it('records a notification with another status, answers 00 and leaves the invoice alone', async () => {
    expect(await code(ipn({ codestatut: '51', libstatut: 'Refusé' }))).toBe('00');
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(0);
  });
});

describe('POST /api/enovipn: checks in the order of the table', () => {
  it.each([
    ['-1 before 02', { password: 'x', reference: 'NOPE' }, '-1'],
    ['02 before 03', { reference: 'NOPE', montant: 0 }, '02'],
    ['03 before 04', { montant: 0, refpaiement: '' }, '03'],
    ['04 before 05', { refpaiement: '', datepaiement: 'x' }, '04'],
    ['05 before 06', { datepaiement: 'x', codestatut: '' }, '05'],
  ])('%s', async (_, change, expected) => {
    expect(await code(ipn(change))).toBe(expected);
  });
});

describe('POST /api/enovipn: at-least-once delivery', () => {
  it('answers 00 again to a repeated notification and applies it once', async () => {
    const body = ipn({ montant: 7000 });
    expect(await code(body)).toBe('00');
    expect(await code(body)).toBe('00');
    expect(await code({ ...body, libstatut: 'autre libellé' })).toBe('00');
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(7000);
  });

  it('answers 03 to the same payment reference with another amount or invoice', async () => {
    const body = ipn({ montant: 7000 });
    await enovipn(body);
    expect(await code({ ...body, montant: 7001 })).toBe('03');
    expect(await code({ ...body, reference: 'FAC-2026-000103' })).toBe('03');
    expect((await invoice('FAC-2026-000103'))?.montantRegle).toBe(0);
  });

  it('takes a fully paid invoice out of the selection; a further payment is 03, a replay 00', async () => {
    const last = ipn({ reference: 'FAC-2026-000102', montant: 15000 });
    expect(await code(last)).toBe('00');
    const { json } = await enovfacture({ ...CREDS, idcontrat: '2019004512' });
    expect(json.map((i: { reference: string }) => i.reference)).toEqual([
      'FAC-2026-000101',
      'FAC-2026-000103',
    ]);
    expect(await code(ipn({ reference: 'FAC-2026-000102', montant: 1 }))).toBe('03');
    expect(await code(last)).toBe('00');
  });

  it('pays a synthetic invoice like any other', async () => {
    const before = (await enovfacture({ ...CREDS, idcontrat: '9555000111' })).json[0];
    const remaining = before.montant - before.montantRegle;
    expect(await code(ipn({ reference: before.reference, montant: remaining }))).toBe('00');
    const after = (await enovfacture({ ...CREDS, idcontrat: '9555000111' })).json;
    expect(after.map((i: { reference: string }) => i.reference)).not.toContain(before.reference);
  });

  it('pays a synthetic invoice nobody looked up before, once', async () => {
    const reference = 'SYN-9555000222-3';
    expect(await code(ipn({ reference, montant: 1000, refpaiement: 'PAY-SYN-1' }))).toBe('00');
    expect(await code(ipn({ reference, montant: 1000, refpaiement: 'PAY-SYN-1' }))).toBe('00');
    const after = (await enovfacture({ ...CREDS, idcontrat: '9555000222' })).json;
    const paid = after.find((i: { reference: string }) => i.reference === reference);
    expect(paid.montantRegle - syntheticInvoiceByReference(reference)!.montantRegle).toBe(1000);
  });

  it('applies one of many concurrent identical notifications', async () => {
    const body = ipn({ montant: 1000 });
    const codes = await Promise.all(Array.from({ length: 12 }, () => code(body)));
    expect(codes).toEqual(Array(12).fill('00'));
    expect((await invoice('FAC-2026-000101'))?.montantRegle).toBe(1000);
  });

  it('never lets concurrent payments exceed what is due', async () => {
    const codes = await Promise.all(
      Array.from({ length: 8 }, () => code(ipn({ reference: 'FAC-2026-000102', montant: 15000 }))),
    );
    expect(codes.filter((c) => c === '00')).toHaveLength(1);
    expect(codes.filter((c) => c === '03')).toHaveLength(7);
    expect((await invoice('FAC-2026-000102'))?.montantRegle).toBe(25000);
  });

  it('refuses other methods with 405', async () => {
    expect((await fetch(`${baseUrl()}/sandbox/enov/api/enovipn`)).status).toBe(405);
  });
});
