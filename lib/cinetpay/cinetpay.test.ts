import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_FIELDS, notificationToken, tokenValid } from './hmac';
import { methodOf, verdictOf, wholeXof } from './verdict';

const SECRET = 'sandbox-secret-key';

const notification = (over: Record<string, string> = {}) =>
  new URLSearchParams({
    cpm_site_id: '105890',
    cpm_trans_id: 'PAY-ABCDEFGHJK',
    cpm_trans_date: '2026-12-03 10:00:00',
    cpm_amount: '47500',
    cpm_currency: 'XOF',
    signature: 'sig',
    payment_method: 'OM',
    cel_phone_num: '0707070701',
    cpm_phone_prefixe: '225',
    cpm_language: 'fr',
    cpm_version: 'V4',
    cpm_payment_config: 'SINGLE',
    cpm_page_action: 'PAYMENT',
    cpm_custom: 'payment-id',
    cpm_designation: 'Prime',
    cpm_error_message: 'SUCCES',
    ...over,
  });

describe('the notification token', () => {
  it('is HMAC-SHA256 of the 16 fields concatenated in the documented order', () => {
    const form = notification();
    // The documented recipe, written out: values joined with no separator.
    const data =
      '105890' +
      'PAY-ABCDEFGHJK' +
      '2026-12-03 10:00:00' +
      '47500' +
      'XOF' +
      'sig' +
      'OM' +
      '0707070701' +
      '225' +
      'fr' +
      'V4' +
      'SINGLE' +
      'PAYMENT' +
      'payment-id' +
      'Prime' +
      'SUCCES';
    expect(NOTIFICATION_FIELDS).toHaveLength(16);
    expect(notificationToken(form, SECRET)).toBe(
      createHmac('sha256', SECRET).update(data).digest('hex'),
    );
    expect(notificationToken(form, SECRET)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts an absent field as empty, as PHP concatenates it', () => {
    const form = notification();
    const withoutSignature = notification();
    withoutSignature.delete('signature');
    form.set('signature', '');
    expect(notificationToken(withoutSignature, SECRET)).toBe(notificationToken(form, SECRET));
  });

  it('accepts the right token, in any case, and nothing else', () => {
    const form = notification();
    const token = notificationToken(form, SECRET);
    expect(tokenValid(form, token, SECRET)).toBe(true);
    expect(tokenValid(form, token.toUpperCase(), SECRET)).toBe(true);
    expect(tokenValid(form, ` ${token}\n`, SECRET)).toBe(true);
    expect(tokenValid(form, null, SECRET)).toBe(false);
    expect(tokenValid(form, '', SECRET)).toBe(false);
    expect(tokenValid(form, token.slice(1), SECRET)).toBe(false);
    expect(tokenValid(form, token, 'another-secret')).toBe(false);
    expect(tokenValid(form, token, '')).toBe(false);
  });

  it('accepts the previous key during a rotation, and only when it is given', () => {
    const form = notification();
    const signedBefore = notificationToken(form, 'the-key-before-rotation');
    expect(tokenValid(form, signedBefore, [SECRET, 'the-key-before-rotation'])).toBe(true);
    expect(tokenValid(form, notificationToken(form, SECRET), [SECRET, ''])).toBe(true);
    expect(tokenValid(form, signedBefore, [SECRET, ''])).toBe(false);
    expect(tokenValid(form, signedBefore, SECRET)).toBe(false);
    // No previous key configured: an empty key's HMAC opens nothing.
    expect(tokenValid(form, notificationToken(form, ''), [SECRET, ''])).toBe(false);
  });

  it('refuses a token once any field was changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTIFICATION_FIELDS),
        fc.string({ minLength: 1 }),
        (field, v) => {
          const form = notification();
          const token = notificationToken(form, SECRET);
          fc.pre(form.get(field) !== v);
          form.set(field, v);
          expect(tokenValid(form, token, SECRET)).toBe(false);
        },
      ),
    );
  });
});

describe('what a verification says', () => {
  it.each([
    [
      {
        code: '00',
        message: 'SUCCES',
        data: {
          status: 'ACCEPTED',
          amount: '47500',
          currency: 'XOF',
          payment_method: 'OM',
          operator_id: 'MP1',
          payment_date: '2026-12-03 10:00:00',
        },
      },
      { status: 'accepted', amount: 47_500, currency: 'XOF', method: 'OM', operatorId: 'MP1' },
    ],
    [
      {
        code: '00',
        message: 'SUCCES',
        data: { status: 'ACCEPTED', amount: '47500.5', currency: 'xof' },
      },
      { status: 'accepted', amount: null, currency: 'XOF' },
    ],
    [{ code: '00', message: 'SUCCES', data: { status: 'REFUSED' } }, { status: 'refused' }],
    [{ code: '00', message: 'SUCCES', data: null }, { status: 'refused' }],
    [
      {
        code: '662',
        message: 'WAITING_CUSTOMER_PAYMENT',
        data: { status: 'WAITING_FOR_CUSTOMER' },
      },
      { status: 'waiting' },
    ],
    [{ code: '623', message: 'WAITING_CUSTOMER_TO_VALIDATE' }, { status: 'waiting' }],
    [
      { code: '627', message: 'TRANSACTION_CANCEL', data: { status: 'REFUSED' } },
      { status: 'refused', code: '627' },
    ],
    [{ code: '602', message: 'INSUFFISENT_BALANCE' }, { status: 'refused' }],
    [{ code: '603', message: 'SERVICE_UNAVAILABLE' }, { status: 'transient' }],
    [{ code: '804', message: 'OPERATOR_UNAVAILABLE' }, { status: 'transient' }],
    [{ code: '609', message: 'AUTH_NOT_FOUND' }, { status: 'misconfigured' }],
    [{ code: '613', message: 'ERROR_SITE_ID_NOTVALID' }, { status: 'misconfigured' }],
  ] as const)('%j', (answer, expected) => {
    expect(verdictOf(answer)).toMatchObject(expected);
  });

  // Every code the documentation tables, in the class it puts the payment in (docs/specs §2).
  it.each([
    ...['662', '623', '663', '664'].map((c) => [c, 'waiting'] as const),
    ...['603', '804', '429'].map((c) => [c, 'transient'] as const),
    ...['606', '608', '609', '613'].map((c) => [c, 'misconfigured'] as const),
    ...['600', '602', '604', '627', '635', '636', '641', '642', '807', '812'].map(
      (c) => [c, 'refused'] as const,
    ),
  ])('classes code %s as %s', (code, status) => {
    expect(verdictOf({ code, message: 'M' })).toEqual({ status, code, message: 'M' });
  });

  it('reads what an acceptance says, and takes no money on a status in another case or absent', () => {
    const answer = {
      code: '00',
      message: 'SUCCES',
      data: {
        status: 'accepted',
        amount: '100',
        currency: 'XOF',
        payment_method: 'momo',
        operator_id: '',
        payment_date: ' 2026-12-03 10:00:00 ',
      },
    };
    expect(verdictOf(answer)).toEqual({
      status: 'accepted',
      amount: 100,
      currency: 'XOF',
      method: 'MOMO',
      operatorId: null,
      paidAt: '2026-12-03 10:00:00',
    });
    expect(verdictOf({ ...answer, data: { ...answer.data, payment_date: ' ' } })).toMatchObject({
      paidAt: null,
    });
    expect(verdictOf({ code: '00', message: 'SUCCES', data: { status: null } })).toMatchObject({
      status: 'refused',
    });
    // ACCEPTED under any other code is no payment either.
    expect(verdictOf({ ...answer, code: '627' })).toMatchObject({ status: 'refused' });
    // Nothing said of the currency or the method: empty, so the amount check cannot pass.
    expect(
      verdictOf({ code: '00', message: 'SUCCES', data: { status: 'ACCEPTED', amount: '100' } }),
    ).toMatchObject({ status: 'accepted', currency: '', method: '' });
    expect(
      verdictOf({ code: '999', message: 'X', data: { status: 'waiting_for_customer' } }),
    ).toMatchObject({ status: 'waiting' });
  });

  it.each([
    ['100', 100],
    [' 47500 ', 47_500],
    [47_500, 47_500],
    ['47 500', null],
    ['-5', null],
    ['1e3', null],
    ['', null],
    [null, null],
  ])('reads the amount %j as %j', (raw, expected) => {
    expect(wholeXof(raw)).toBe(expected);
  });

  it.each([
    ['OM', 'orange'],
    ['OMCIV2', 'orange'],
    ['MOMO', 'mtn'],
    ['FLOOZ', 'moov'],
    ['WAVECI', 'wave'],
    ['CARD', 'card'],
    ['VISA', 'card'],
    ['MASTERCARD', 'card'],
    ['', 'cinetpay'],
    ['NEWWALLET', 'cinetpay'],
    ['XMOMO', 'cinetpay'],
    ['XFLOOZ', 'cinetpay'],
  ])('shows the method %s as %s', (raw, expected) => {
    expect(methodOf(raw)).toBe(expected);
  });
});
