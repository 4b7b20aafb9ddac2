import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enovClient } from '@/tests/support/clients';
import {
  abidjanDate,
  clearFaults,
  DEMO,
  journal,
  resetSandbox,
  setFault,
} from '@/tests/support/sandbox';
import type { PaymentNotice } from './types';

// Every log line of this file's calls is kept, to prove none carries a credential.
process.env.LOG_LEVEL = 'debug';
const logged: string[] = [];

beforeAll(async () => {
  await resetSandbox();
  // The logger writes JSON lines to stdout and stderr itself (pino), not through console.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  }
});

afterAll(() => {
  vi.restoreAllMocks();
});
afterEach(async () => {
  await clearFaults();
});

const notice = (over: Partial<PaymentNotice> = {}): PaymentNotice => ({
  invoiceReference: 'FAC-2026-000103',
  amount: 1000,
  paymentReference: `PAY-${Math.random().toString(36).slice(2, 10)}`,
  paidAt: new Date(),
  statusCode: '00',
  statusLabel: 'Paiement accepté',
  ...over,
});

const neverShowsSecrets = (text: string) => {
  expect(text).not.toContain(DEMO.password);
  expect(text).not.toContain(DEMO.appkey);
};

describe('selectInvoices', () => {
  it('returns our own invoice type, oldest first', async () => {
    const result = await enovClient().selectInvoices('2019004512');
    expect(result).toEqual({
      ok: true,
      value: [
        {
          reference: 'FAC-2026-000101',
          issueDate: '2026-09-05',
          amount: 25000,
          paid: 0,
          remaining: 25000,
          state: 'unpaid',
        },
        {
          reference: 'FAC-2026-000102',
          issueDate: '2026-10-05',
          amount: 25000,
          paid: 10000,
          remaining: 15000,
          state: 'partial',
        },
        {
          reference: 'FAC-2026-000103',
          issueDate: '2026-11-05',
          amount: 25000,
          paid: 0,
          remaining: 25000,
          state: 'pending',
        },
      ],
    });
  });

  it('returns an empty list for a contract with nothing open', async () => {
    expect(await enovClient().selectInvoices('2018000999')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['-1 (our credentials)', '0000000001', 'permanent', '-1'],
    ['08 (selection failed)', '0000000008', 'permanent', '08'],
    ['-2 (data servers down)', '0000000002', 'transient', '-2'],
  ])('classifies %s', async (_, contract, kind, code) => {
    const result = await enovClient().selectInvoices(contract);
    expect(result).toMatchObject({
      ok: false,
      error: { upstream: 'enov', kind, reason: 'code', code },
    });
  });

  it('retries a transient failure once, and a permanent one never', async () => {
    const before = (await journal('?upstream=enov&limit=1000')).length;
    await enovClient().selectInvoices('0000000002');
    await enovClient().selectInvoices('0000000008');
    const after = (await journal('?upstream=enov&limit=1000')).length;
    expect(after - before).toBe(3);
  });

  it('classifies a wrong password as permanent -1, without echoing credentials', async () => {
    const result = await enovClient({ password: 'wrong' }).selectInvoices('2019004512');
    expect(result).toMatchObject({ ok: false, error: { kind: 'permanent', code: '-1' } });
    neverShowsSecrets(JSON.stringify(result));
  });

  it.each([
    ['HTTP 500 with an HTML page', { failure: 'http500' }, 'http', '500'],
    ['a dropped connection', { failure: 'drop' }, 'network', undefined],
    ['a hang past the timeout', { failure: 'hang', hangMs: 10_000 }, 'timeout', undefined],
    ['a truncated body', { failure: 'malformed' }, 'malformed', undefined],
    ['a forced -2', { failure: 'code', code: '-2' }, 'code', '-2'],
  ])('classifies %s as transient', async (_, fault, reason, code) => {
    await setFault({ endpoint: 'enovfacture', ...fault });
    const result = await enovClient({ timeoutMs: 500 }).selectInvoices('2019004512');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ upstream: 'enov', kind: 'transient', reason });
    if (code) expect(result.error.code).toBe(code);
    neverShowsSecrets(result.error.message);
  });

  it('succeeds through added latency within the timeout', async () => {
    await setFault({ endpoint: 'enovfacture', latencyMs: 200 });
    expect((await enovClient({ timeoutMs: 2_000 }).selectInvoices('2021007730')).ok).toBe(true);
  });

  it('recovers on its retry when only some calls fail', async () => {
    await setFault({ endpoint: 'enovfacture', failure: 'http500', rate: 0.5 });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => enovClient().selectInvoices('2021007730')),
    );
    // With one retry, a call fails only when both tries fail (p = 0.25 each).
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(3);
  });

  it('stops when the caller aborts', async () => {
    await setFault({ endpoint: 'enovfacture', failure: 'hang', hangMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await enovClient({ timeoutMs: 5_000 }).selectInvoices('2019004512', {
      signal: controller.signal,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'transient', reason: 'network' } });
  });
});

describe('notifyPayment', () => {
  it('is accepted with 00, and a repeat is accepted again without effect', async () => {
    const n = notice();
    expect(await enovClient().notifyPayment(n)).toEqual({
      ok: true,
      value: { code: '00', message: 'Paiement effectué avec succès' },
    });
    expect((await enovClient().notifyPayment(n)).ok).toBe(true);
    const sent = (await journal('?endpoint=enovipn&limit=2'))[0]!;
    expect(sent.request.body).toMatchObject({
      reference: 'FAC-2026-000103',
      montant: 1000,
      refpaiement: n.paymentReference,
      datepaiement: abidjanDate(),
      codestatut: '00',
      password: '***',
      appkey: '***',
    });
  });

  it.each([
    ['02 for an unknown invoice', { invoiceReference: 'FAC-0' }, '02'],
    ['03 for an amount above what is due', { amount: 10_000_000 }, '03'],
    ['05 for a date in the future', { paidAt: new Date(Date.now() + 3 * 86_400_000) }, '05'],
  ])('classifies %s as permanent', async (_, over, code) => {
    const result = await enovClient().notifyPayment(notice(over));
    expect(result).toMatchObject({ ok: false, error: { kind: 'permanent', reason: 'code', code } });
  });

  it('classifies -1 as permanent', async () => {
    const result = await enovClient({ appkey: 'ak_revoked' }).notifyPayment(notice());
    expect(result).toMatchObject({ ok: false, error: { kind: 'permanent', code: '-1' } });
  });

  it.each([
    ['07 (save failed)', { failure: 'code', code: '07' }, 'code'],
    ['-2', { failure: 'code', code: '-2' }, 'code'],
    ['a dropped connection', { failure: 'drop' }, 'network'],
    ['HTTP 500', { failure: 'http500' }, 'http'],
    ['a truncated body', { failure: 'malformed' }, 'malformed'],
    ['a hang', { failure: 'hang', hangMs: 10_000 }, 'timeout'],
  ])('classifies %s as transient and does not retry it', async (_, fault, reason) => {
    await setFault({ endpoint: 'enovipn', ...fault });
    const before = (await journal('?endpoint=enovipn&limit=1000')).length;
    const result = await enovClient({ timeoutMs: 500 }).notifyPayment(notice());
    expect(result).toMatchObject({ ok: false, error: { kind: 'transient', reason } });
    expect((await journal('?endpoint=enovipn&limit=1000')).length - before).toBe(1);
  });

  it('is safe to repeat after a connection dropped once the payment was applied', async () => {
    await setFault({ endpoint: 'enovipn', failure: 'drop-after' });
    const n = notice({ amount: 500 });
    expect((await enovClient().notifyPayment(n)).ok).toBe(false);
    await clearFaults();
    expect((await enovClient().notifyPayment(n)).ok).toBe(true);
    const { json } = await import('@/tests/support/sandbox').then((s) =>
      s.control('GET', `/notifications?refpaiement=${n.paymentReference}`),
    );
    expect(json.notifications).toHaveLength(1);
    expect(json.notifications[0]).toMatchObject({ applied: true, repeats: 1 });
  });
});

describe('logs', () => {
  it('record every call, with credentials masked', () => {
    expect(logged.some((l) => l.includes('"event":"upstream.call"'))).toBe(true);
    expect(logged.some((l) => l.includes('"event":"upstream.unreachable"'))).toBe(true);
    expect(logged.some((l) => l.includes('"event":"upstream.malformed"'))).toBe(true);
    for (const line of logged) neverShowsSecrets(line);
  });
});
