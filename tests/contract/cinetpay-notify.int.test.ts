import { describe, expect, it } from 'vitest';
import { creds, expectedToken, FIELDS, merchantForTests } from '@/tests/support/cinetpay-merchant';
import {
  baseUrl,
  CINETPAY,
  cinetpayCheck,
  control,
  eventually,
  setFault,
} from '@/tests/support/sandbox';

/** The emulated CinetPay's guichet and its notifications to the merchant, faults included. */
const { created, finish, waitForNotifications, receivedFor } = merchantForTests();

describe('finishing a payment and notifying the merchant', () => {
  it('accepted: 00 SUCCES, and a form notification whose x-token is the HMAC of its 16 fields', async () => {
    const { id, token } = await created();
    const finished = await finish(id, 'accepted', { method: 'OM' });
    expect(finished.status).toBe(200);
    const answer = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(answer.json).toMatchObject({
      code: '00',
      message: 'SUCCES',
      data: { status: 'ACCEPTED', payment_method: 'OM' },
    });
    expect(answer.json.data.operator_id).toEqual(expect.any(String));
    expect(answer.json.data.payment_date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    const [note] = await waitForNotifications(id, 1);
    expect(note!.contentType).toBe('application/x-www-form-urlencoded');
    expect([...note!.form.keys()]).toEqual(FIELDS);
    expect(note!.xToken).toBe(expectedToken(note!.form));
    expect(Object.fromEntries(note!.form)).toMatchObject({
      cpm_site_id: CINETPAY.site_id,
      cpm_amount: '25000',
      cpm_currency: 'XOF',
      payment_method: 'OM',
      cpm_custom: 'contrat 2019004512',
      cpm_designation: 'Prime LA LOYALE VIE',
      cpm_error_message: 'SUCCES',
    });
    const view = await eventually(
      async () => (await control('GET', `/cinetpay/payments?transaction_id=${id}`)).json,
      (v) => v.notifications.length === 1,
    );
    expect(view.payment).toMatchObject({ token, status: 'ACCEPTED' });
    expect(view.notifications[0]).toMatchObject({ response_status: 200, x_token: note!.xToken });
    expect((await finish(id, 'refused')).status).toBe(409);
  });

  it.each([
    ['refused', '600', 'PAYMENT_FAILED'],
    ['abandoned', '627', 'TRANSACTION_CANCEL'],
  ])('%s: REFUSED with %s %s, and notified so', async (outcome, code, message) => {
    const { id } = await created();
    expect((await finish(id, outcome, { method: 'MOMO' })).status).toBe(200);
    const answer = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(answer.json).toMatchObject({
      code,
      message,
      data: { status: 'REFUSED', operator_id: null },
    });
    const [note] = await waitForNotifications(id, 1);
    expect(note!.form.get('cpm_error_message')).toBe(message);
  });

  it('pending: WAITING_FOR_CUSTOMER and notified, then accepted and notified again', async () => {
    const { id } = await created();
    await finish(id, 'pending', { method: 'FLOOZ', delayMs: 1500 });
    const waiting = await cinetpayCheck({ ...creds, transaction_id: id });
    expect(waiting.json).toMatchObject({ code: '623', data: { status: 'WAITING_FOR_CUSTOMER' } });
    const notes = await waitForNotifications(id, 2);
    expect(notes.map((n) => n.form.get('cpm_error_message'))).toEqual([
      'WAITING_CUSTOMER_TO_VALIDATE',
      'SUCCES',
    ]);
    expect((await cinetpayCheck({ ...creds, transaction_id: id })).json.code).toBe('00');
  });

  it('refuses a method the channels do not offer', async () => {
    const { id } = await created({ channels: 'MOBILE_MONEY' });
    expect((await finish(id, 'accepted', { method: 'CARD' })).status).toBe(400);
  });

  it('shows the guichet, then the final state with the way back to return_url', async () => {
    const { id, token } = await created();
    const page = await (await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${token}`)).text();
    expect(page).toContain('25\u00a0000\u00a0FCFA');
    expect(page).toContain('Prime LA LOYALE VIE');
    await finish(id, 'accepted');
    const done = await (await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${token}`)).text();
    expect(done).toContain(`transaction_id=${id}&amp;token=${token}`);
    expect((await fetch(`${baseUrl()}/sandbox/cinetpay/guichet/${'0'.repeat(64)}`)).status).toBe(
      404,
    );
  });

  it("lists payments on the control page, and filters its journal on CinetPay's calls", async () => {
    const { id, token } = await created();
    const page = await (await fetch(`${baseUrl()}/sandbox?upstream=cinetpay`)).text();
    expect(page).toContain(`href="/sandbox/cinetpay/guichet/${token}">${id}</a>`);
    expect(page).toContain('POST<!-- --> <!-- -->cinetpay_init');
    expect(page).not.toContain('POST<!-- --> <!-- -->enovfacture');
  });
});

describe('notification faults', () => {
  it('bad-token: the x-token is not the HMAC with the secret', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'bad-token' });
    const { id } = await created();
    await finish(id, 'accepted');
    const [note] = await waitForNotifications(id, 1);
    expect(note!.xToken).toMatch(/^[0-9a-f]{64}$/);
    expect(note!.xToken).not.toBe(expectedToken(note!.form));
  });

  it('repeat: the same notification twice', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'repeat' });
    const { id } = await created();
    await finish(id, 'accepted');
    const notes = await waitForNotifications(id, 2);
    expect(notes[1]!.form.toString()).toBe(notes[0]!.form.toString());
  });

  it('not-sent: nothing reaches the merchant, and the control API says why', async () => {
    await setFault({ endpoint: 'cinetpay_notify', failure: 'not-sent' });
    const { id } = await created();
    await finish(id, 'accepted');
    const view = await eventually(
      async () => (await control('GET', `/cinetpay/payments?transaction_id=${id}`)).json,
      (v) => v.notifications.length === 1,
    );
    expect(view.notifications[0]).toMatchObject({ fault: 'not-sent', response_status: null });
    await new Promise((r) => setTimeout(r, 500));
    expect(receivedFor(id)).toHaveLength(0);
  });
});
