import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePaymentFilter } from '@/lib/agent/payment-filter';
import { signInSchema } from '@/lib/auth/forms';
import { contractNumberSchema } from '@/lib/contracts/contract-number';
import { createEnovClient } from '@/lib/enov/client';
import { formatXof, parseDayMonthYear } from '@/lib/format';
import { createLovatClient } from '@/lib/lovat/client';
import { checkLovatFields } from '@/lib/lovat/rules';
import {
  cardBrand,
  cardOutcome,
  cvcValid,
  expiryValid,
  luhnValid,
  maskCard,
} from '@/lib/payments/card';
import { checkoutFormSchema } from '@/lib/payments/checkout-form';
import { checkWalletNumber, normalizeIvorianNumber } from '@/lib/payments/mobile-money';
import { heldAmount, planRefund } from '@/lib/payments/refund';
import { parseLovatBody } from '@/lib/sandbox/lovat/api';
import { parseEnovBody } from '@/lib/sandbox/enov/body';
import { wholeAmount } from '@/lib/sandbox/enov/fields';

/**
 * Every parser and validator at a boundary, fed anything: it answers (a value, a refusal, a
 * failure result) and never throws. Runs are seeded by fast-check and reported on failure.
 */

const runs = { numRuns: 300 };
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u0000', '٣', '𝟗'),
);
const digitsText = fc.stringMatching(/^[0-9 .\-+]{0,24}$/);

describe('validators never throw', () => {
  it('contract numbers: valid exactly when 10 digits remain after separators', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, digitsText), (input) => {
        const parsed = contractNumberSchema.safeParse(input);
        expect(parsed.success).toBe(/^\d{10}$/.test(input.replace(/[\s.-]/g, '')));
      }),
      runs,
    );
  });

  it('card numbers, expiry dates and codes', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, digitsText), anyText, (number, other) => {
        const valid = luhnValid(number);
        expect(typeof valid).toBe('boolean');
        expect(['visa', 'mastercard', 'amex', 'unknown']).toContain(cardBrand(number));
        expect(typeof cardOutcome(number)).toBe('string');
        expect(typeof expiryValid(other)).toBe('boolean');
        expect(typeof cvcValid(other, cardBrand(number))).toBe('boolean');
        if (valid && number.replace(/\D/g, '').length >= 12) {
          // A mask never shows more than the first and last four digits.
          expect(maskCard(number).replace(/\D/g, '').length).toBeLessThanOrEqual(8);
        }
      }),
      runs,
    );
  });

  it('Ivorian phone numbers: normalised to +225 and 10 digits, or refused', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, digitsText), (input) => {
        const number = normalizeIvorianNumber(input);
        if (number !== null) expect(number).toMatch(/^\+2250[157]\d{8}$/);
        for (const wallet of ['orange', 'mtn', 'moov', 'wave'] as const)
          expect([null, 'format', 'network']).toContain(checkWalletNumber(wallet, input));
      }),
      runs,
    );
  });

  it('amounts: whole XOF or refused; refunds never exceed what is held', () => {
    const holding = fc.record({
      invoiceReference: fc.constantFrom('A', 'B', 'C', 'D'),
      amount: fc.integer({ min: 1, max: 5_000_000 }),
      reversal: fc.constantFrom(null, 'agent_refund', 'insurer_refusal', 'chargeback'),
      insurerConfirmedAt: fc.constantFrom(null, new Date(0)),
      noticeInFlight: fc.boolean(),
    });
    fc.assert(
      fc.property(
        anyText,
        fc.uniqueArray(holding, { selector: (i) => i.invoiceReference, maxLength: 4 }),
        fc.oneof(fc.constant('all' as const), fc.array(fc.constantFrom('A', 'B', 'C', 'Z'))),
        fc.boolean(),
        (text, invoices, requested, overrideInsurer) => {
          const whole = wholeAmount(text);
          if (whole !== null) expect(Number.isSafeInteger(whole)).toBe(true);
          const amount = invoices.reduce((t, i) => t + i.amount, 0);
          const gone = (kinds: string[]) =>
            invoices
              .filter((i) => kinds.includes(i.reversal ?? ''))
              .reduce((t, i) => t + i.amount, 0);
          const payment = {
            state: 'confirmed',
            amount,
            refundedAmount: gone(['agent_refund', 'insurer_refusal']),
            chargedBackAmount: gone(['chargeback']),
          };
          const plan = planRefund(payment, invoices, requested, overrideInsurer);
          if (plan.ok) {
            expect(Number.isSafeInteger(plan.amount) && plan.amount > 0).toBe(true);
            expect(plan.amount).toBeLessThanOrEqual(heldAmount(payment));
            for (const i of plan.invoices) {
              expect(i.reversal).toBeNull();
              expect(i.noticeInFlight).toBe(false);
              if (i.insurerConfirmedAt) expect(overrideInsurer).toBe(true);
            }
          }
          expect(() => formatXof(amount)).not.toThrow();
        },
      ),
      runs,
    );
  });

  it('forms: the checkout, the sign-in and the payments filter', () => {
    const field = fc.oneof(anyText, fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'attempt',
            'contract',
            'invoices',
            'amount',
            'method',
            'cardNumber',
            'cardExpiry',
            'cardCvc',
            'walletNumber',
            'billingAddress',
            'billingCity',
            'billingCountry',
            'billingPhone',
            'email',
            'password',
          ),
          field,
        ),
        fc.dictionary(
          fc.constantFrom('status', 'method', 'from', 'to', 'contract', 'q', 'delivery', 'page'),
          fc.oneof(anyText, fc.array(anyText, { maxLength: 3 })),
        ),
        (form, params) => {
          expect(typeof checkoutFormSchema.safeParse(form).success).toBe('boolean');
          expect(typeof signInSchema.safeParse(form).success).toBe('boolean');
          const { filter } = parsePaymentFilter(params);
          expect(filter.page).toBeGreaterThanOrEqual(1);
        },
      ),
      runs,
    );
  });

  it('dates typed as dd/mm/yyyy: a real calendar day or null', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/)), (text) => {
        const date = parseDayMonthYear(text);
        if (date) expect(Number.isNaN(date.getTime())).toBe(false);
      }),
      runs,
    );
  });
});

describe('upstream answers never throw past the clients', () => {
  afterEach(() => vi.unstubAllGlobals());

  const anyBody = fc.oneof(
    anyText,
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({
        code: fc.oneof(fc.string(), fc.integer()),
        message: fc.oneof(fc.string(), fc.constant(null)),
      })
      .map((v) => JSON.stringify(v)),
    fc
      .array(
        fc.record(
          {
            reference: fc.string(),
            dateFacture: fc.string(),
            montant: fc.oneof(fc.integer(), fc.string(), fc.double()),
            montantRegle: fc.anything(),
            etat: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      )
      .map((v) => JSON.stringify(v)),
  );
  const anyStatus = fc.constantFrom(
    200,
    201,
    204,
    301,
    400,
    401,
    403,
    404,
    408,
    429,
    500,
    502,
    503,
  );

  it('Enov selection and notification answers', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, anyStatus, async (body, status) => {
        vi.stubGlobal('fetch', async () => new Response(status === 204 ? null : body, { status }));
        const client = createEnovClient({
          baseUrl: 'https://enov.test',
          login: 'l',
          appkey: 'a',
          password: 'p',
          timeoutMs: 1_000,
          retryDelayMs: 0,
        });
        const selection = await client.selectInvoices('9000000001');
        expect(typeof selection.ok).toBe('boolean');
        if (selection.ok)
          for (const invoice of selection.value)
            expect(Number.isSafeInteger(invoice.remaining)).toBe(true);
        const notice = await client.notifyPayment({
          invoiceReference: 'FAC-1',
          amount: 1000,
          paymentReference: 'PAY-1-1',
          paidAt: new Date(),
          statusCode: '00',
          statusLabel: 'ok',
        });
        expect(typeof notice.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('LOVAT answers', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, anyStatus, async (body, status) => {
        vi.stubGlobal('fetch', async () => new Response(status === 204 ? null : body, { status }));
        const client = createLovatClient({
          baseUrl: 'https://lovat.test',
          token: 't',
          timeoutMs: 1_000,
        });
        const result = await client.sendTransaction(
          {
            transactionId: 'PAY-1',
            at: new Date(),
            amount: 1000,
            currency: 'XOF',
            status: 'Success',
            serviceCode: '21',
            paymentOperator: 'card',
            paymentMethodCountry: 'CIV',
            billing: { country: 'CIV', address: 'Plateau', city: 'Abidjan' },
          },
          { digital: true, calculateVat: true },
        );
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('bodies the sandbox receives, and LOVAT field checks', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.oneof(anyBody, anyText),
        fc.dictionary(fc.string(), fc.string()),
        fc.boolean(),
        (type, raw, fields, digital) => {
          expect(typeof parseLovatBody(type, raw).ok).toBe('boolean');
          parseEnovBody(type, raw);
          expect(Array.isArray(checkLovatFields(fields, digital))).toBe(true);
        },
      ),
      runs,
    );
  });
});
