import { describe, expect, it } from 'vitest';
import { faultFormSchema } from '../fault-form';
import { faultInputSchema } from '../fault-input';
import { methodsFor } from './codes';
import { initValuesSchema } from './init-schema';

const valid = {
  transaction_id: 'T-1',
  amount: 25000,
  currency: 'XOF',
  description: 'Prime',
  notify_url: 'http://localhost:3000/api/cinetpay/notify',
  return_url: 'http://localhost:3000/retour',
};
const problem = (overrides: Record<string, unknown>) => {
  const parsed = initValuesSchema.safeParse({ ...valid, ...overrides });
  return parsed.success ? undefined : parsed.error.issues[0]!.message;
};

describe('initialisation values (D3–D6)', () => {
  it('accepts a minimal payment, channels ALL and lang fr by default', () => {
    expect(initValuesSchema.parse(valid)).toMatchObject({ channels: 'ALL', lang: 'fr' });
  });

  it.each([
    [{ amount: '25000' }, undefined],
    [{ amount: 100 }, undefined],
    [{ amount: 95 }, 'amount must be at least 100 XOF'],
    [{ amount: 102 }, 'amount must be a multiple of 5'],
    [{ amount: 100.5 }, 'amount must be a whole number'],
    [{ amount: '1e3' }, 'amount must be a whole number'],
    [{ amount: 5, currency: 'USD' }, undefined],
    [{ currency: 'EUR' }, 'currency must be one of XOF, XAF, CDF, GNF, USD'],
    [{ channels: 'MOBILE_MONEY, WALLET' }, undefined],
    [
      { channels: 'MOBILE' },
      'channels must be ALL, MOBILE_MONEY, CREDIT_CARD, WALLET or a comma-separated combination',
    ],
    [
      { channels: 'CREDIT_CARD' },
      expect.stringContaining('channels CREDIT_CARD needs customer_name'),
    ],
    [{ notify_url: 'ftp://x' }, 'notify_url must be an http or https URL'],
    [{ lang: 'de' }, 'lang must be fr or en'],
    [{ invoice_data: { a: 1, b: 2, c: 3, d: 4 } }, 'invoice_data takes at most 3 entries'],
    [{ lock_phone_number: 'yes' }, 'lock_phone_number must be true or false'],
  ])('%j → %s', (overrides, expected) => {
    expect(problem(overrides)).toEqual(expected);
  });

  it('offers the methods of the channels chosen', () => {
    expect(methodsFor('ALL')).toEqual(['OM', 'MOMO', 'FLOOZ', 'WAVE', 'CARD']);
    expect(methodsFor('MOBILE_MONEY,WALLET')).toEqual(['OM', 'MOMO', 'FLOOZ', 'WAVE']);
    expect(methodsFor('CREDIT_CARD')).toEqual(['CARD']);
  });
});

describe('CinetPay faults', () => {
  it.each([
    [{ endpoint: 'cinetpay_notify', failure: 'bad-token' }, true],
    [{ endpoint: 'cinetpay_notify', failure: 'not-sent', rate: 0.5 }, true],
    [{ endpoint: 'cinetpay_notify', latencyMs: 2000 }, true],
    [{ endpoint: 'cinetpay_notify', failure: 'http500' }, false],
    [{ endpoint: 'cinetpay_init', failure: 'repeat' }, false],
    [{ endpoint: 'cinetpay_init', failure: 'code', code: '429' }, true],
    [{ endpoint: 'cinetpay_check', failure: 'code', code: 603 }, true],
    [{ endpoint: 'cinetpay_check', failure: 'code', code: '00' }, false],
    [{ endpoint: 'enovipn', failure: 'code', code: '608' }, false],
  ])('%j valid: %s', (fault, ok) => {
    expect(faultInputSchema.safeParse(fault).success).toBe(ok);
  });

  it("the control page's form names the failure an endpoint does not take", () => {
    const parsed = faultFormSchema.safeParse({
      endpoint: 'cinetpay_notify',
      failure: 'drop',
      latencyMs: '0',
      rate: '100',
    });
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['failure'],
      message: 'failureEndpoint',
    });
  });
});
