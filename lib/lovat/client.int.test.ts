import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lovatClient, premiumReport } from '@/tests/support/clients';
import {
  clearFaults,
  control,
  journal,
  LOVAT_TOKEN,
  resetSandbox,
  setFault,
} from '@/tests/support/sandbox';

beforeAll(async () => {
  await resetSandbox();
});
afterEach(async () => {
  await clearFaults();
});

const DIGITAL = { digital: true, calculateVat: false };

describe('sendTransaction', () => {
  it('reports a premium payment as a digital service', async () => {
    const tx = premiumReport({ maskedCardNumber: '4242-****-****-4242', paymentOperator: 'card' });
    expect(await lovatClient().sendTransaction(tx, DIGITAL)).toEqual({ ok: true, value: {} });
    const { json } = await control('GET', `/reports?transaction_id=${tx.transactionId}`);
    expect(json.reports[0].fields).toMatchObject({
      transaction_id: tx.transactionId,
      transaction_sum: '25000',
      currency: 'XOF',
      transaction_status: 'Success',
      bank_card_number: '4242-****-****-4242',
      billing_country: 'CIV',
      service_code: '21',
    });
  });

  it('reads the VAT when LOVAT computes it', async () => {
    const result = await lovatClient().sendTransaction(premiumReport({ amount: 11_800 }), {
      digital: true,
      calculateVat: true,
    });
    expect(result).toEqual({ ok: true, value: { vat: { percent: 18, amount: 1800 } } });
  });

  it('reports goods too', async () => {
    const tx = premiumReport({ goods: { departureCountry: 'CIV', taxableJurisdiction: 'CIV' } });
    expect(
      (await lovatClient().sendTransaction(tx, { digital: false, calculateVat: false })).ok,
    ).toBe(true);
  });

  it('refuses a bad report before sending it, naming the field', async () => {
    const before = (await journal('?upstream=lovat&limit=1000')).length;
    const result = await lovatClient().sendTransaction(
      premiumReport({ billing: { country: 'CI', address: '' } }),
      DIGITAL,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'permanent', reason: 'invalid_request' },
    });
    if (!result.ok) {
      expect(result.error.message).toContain(
        'billing_country must be an ISO 3166-1 alpha-3 country code',
      );
      expect(result.error.message).toContain('billing_address is empty');
    }
    expect((await journal('?upstream=lovat&limit=1000')).length).toBe(before);
  });

  it('never sends a full card number', async () => {
    const result = await lovatClient().sendTransaction(
      premiumReport({ maskedCardNumber: '4242424242424242' }),
      DIGITAL,
    );
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid_request' } });
  });

  it('classifies a bad token as permanent 401, without showing the token', async () => {
    const result = await lovatClient({ token: 'revoked-token' }).sendTransaction(
      premiumReport(),
      DIGITAL,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'permanent', reason: 'code', code: '401', message: 'Token is invalid.' },
    });
    const [last] = await journal('?upstream=lovat&limit=1');
    expect(last?.path).toContain('/send/***');
    expect(JSON.stringify(last)).not.toContain(LOVAT_TOKEN);
  });

  it.each([
    ['HTTP 500', { failure: 'http500' }, 'transient', 'http'],
    ['a forced 503', { failure: 'code', code: '503' }, 'transient', 'http'],
    ['a forced 400', { failure: 'code', code: '400' }, 'permanent', 'code'],
    ['a dropped connection', { failure: 'drop' }, 'transient', 'network'],
    ['a hang', { failure: 'hang', hangMs: 10_000 }, 'transient', 'timeout'],
  ])('classifies %s', async (_, fault, kind, reason) => {
    await setFault({ endpoint: 'lovat', ...fault });
    const result = await lovatClient({ timeoutMs: 500 }).sendTransaction(premiumReport(), DIGITAL);
    expect(result).toMatchObject({ ok: false, error: { upstream: 'lovat', kind, reason } });
  });

  it('does not depend on the body of a 200: a truncated one is still a success', async () => {
    await setFault({ endpoint: 'lovat', failure: 'malformed' });
    expect(await lovatClient().sendTransaction(premiumReport(), DIGITAL)).toEqual({
      ok: true,
      value: {},
    });
  });
});
