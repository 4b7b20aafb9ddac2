import { beforeAll, describe, expect, it } from 'vitest';
import { digital, goods, GOODS_QUERY, PROBLEM } from '@/tests/support/lovat-bodies';
import {
  baseUrl,
  control,
  LOVAT_TOKEN,
  lovatSend,
  postJson,
  resetSandbox,
} from '@/tests/support/sandbox';

beforeAll(async () => {
  await resetSandbox();
});

describe('LOVAT formats and decisions', () => {
  it.each([
    ['an ISO 8601 time with Z', '2026-11-23T10:15:00Z', 200],
    ["the original's form with a space before the offset", '2017-01-09T08:27:22 +00:00', 200],
    ['fractions of a second', '2026-11-23T10:15:00.123+01:00', 200],
    ['a date alone', '2026-11-23', 400],
    ['words', 'yesterday', 400],
    ['an impossible month', '2026-13-01T00:00:00Z', 400],
  ])('transaction_datetime: %s → %i', async (_, value, status) => {
    expect((await lovatSend(digital({ transaction_datetime: value }))).status).toBe(status);
  });

  it.each([
    ['usd', 200],
    ['XOF', 200],
    ['eur', 200],
    ['XYZ', 400],
    ['US', 400],
  ])('currency %s → %i (ISO 4217, any case)', async (currency, status) => {
    expect((await lovatSend(digital({ currency }))).status).toBe(status);
  });

  it.each([
    ['CIV', 200],
    ['XXX', 400],
    ['CI', 400],
    ['civ', 400],
  ])('billing_country %s → %i (ISO 3166-1 alpha-3)', async (billing_country, status) => {
    expect((await lovatSend(digital({ billing_country }))).status).toBe(status);
  });

  it.each([
    ['Success', 200],
    ['success', 200],
    ['Charge back', 200],
    ['CHARGE BACK', 200],
    ['refund', 200],
    ['Movement own goods', 200],
    ['paid', 400],
  ])('transaction_status %s → %i', async (transaction_status, status) => {
    expect((await lovatSend(digital({ transaction_status }))).status).toBe(status);
  });

  it.each([
    ['1', 200],
    ['21', 200],
    ['0', 400],
    ['22', 400],
    ['abc', 400],
  ])('service_code %s → %i', async (service_code, status) => {
    expect((await lovatSend(digital({ service_code }))).status).toBe(status);
  });

  it("takes the account's default service type (21) when service_code is left out", async () => {
    const body = digital({ service_code: undefined });
    expect((await lovatSend(body)).status).toBe(200);
    const { json } = await control('GET', `/reports?transaction_id=${body.transaction_id}`);
    expect(json.reports[0].fields.service_code).toBe('21');
  });

  it('accepts a number in a String field, its length counted on its text', async () => {
    expect((await lovatSend(digital({ transaction_sum: 25.99 }))).status).toBe(200);
    expect((await lovatSend(digital({ transaction_sum: Number('9'.repeat(16)) }))).status).toBe(
      200,
    );
  });

  it('refuses a value that is not a single value', async () => {
    expect((await lovatSend(digital({ billing_address: { line: 'x' } }))).status).toBe(400);
  });

  it('reads a form-encoded body', async () => {
    const form = new URLSearchParams(digital() as Record<string, string>).toString();
    const response = await lovatSend(form, { contentType: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
  });

  it('answers 400 Problem with data to malformed JSON', async () => {
    expect(await lovatSend('{"transaction_id": "x",')).toMatchObject({
      status: 400,
      json: PROBLEM,
    });
  });

  it('checks the token first: 401 before 400', async () => {
    const response = await lovatSend('not json', { token: 'bad-token' });
    expect(response).toMatchObject({ status: 401, json: { error: 'Token is invalid.' } });
  });

  it.each([
    ['missing if_digital', 'if_vat_calculate=false'],
    ['an invalid if_digital', 'if_digital=yes'],
    ['an invalid if_vat_calculate', 'if_digital=true&if_vat_calculate=1'],
  ])('answers 400 to %s', async (_, query) => {
    expect((await lovatSend(digital(), { query })).status).toBe(400);
  });

  it('refuses other methods with 405', async () => {
    const response = await fetch(
      `${baseUrl()}/sandbox/lovat/api/1/send/${LOVAT_TOKEN}?if_digital=true`,
    );
    expect(response.status).toBe(405);
  });

  it('stores a repeated report once, and a refund of the same transaction as a new report', async () => {
    const body = digital();
    expect((await lovatSend(body)).status).toBe(200);
    expect((await lovatSend({ ...body, transaction_status: 'success' })).status).toBe(200);
    expect((await lovatSend({ ...body, transaction_status: 'refund' })).status).toBe(200);
    const { json } = await control('GET', `/reports?transaction_id=${body.transaction_id}`);
    expect(
      json.reports.map((r: { status: string; repeats: number }) => [r.status, r.repeats]),
    ).toEqual([
      ['refund', 0],
      ['success', 1],
    ]);
  });

  it.each([
    [
      'a digital service billed in CIV (18 %)',
      digital({ transaction_sum: '11800' }),
      'true',
      18,
      1800,
    ],
    [
      'a digital service billed in FRA (20 %)',
      digital({ transaction_sum: '120', billing_country: 'FRA' }),
      'true',
      20,
      20,
    ],
    ['goods taxed in GBR (20 %)', goods({ transaction_sum: '158.04' }), 'false', 20, 26.34],
    [
      'goods with no jurisdiction: the arrival country, DEU (19 %)',
      goods({ taxable_jurisdiction: '', arrival_country: 'DEU', transaction_sum: '119' }),
      'false',
      19,
      19,
    ],
  ])('computes the VAT for %s when asked', async (_, body, isDigital, rate, vat) => {
    const response = await lovatSend(body, {
      query: `if_digital=${isDigital}&if_vat_calculate=true`,
    });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ vat_percent: rate, vat });
  });
});

describe('the two curl examples of the LOVAT document', () => {
  // Example 1 ("services numériques") as written: a broken URL (http://https://, a space in
  // "/ send/"), if_digital=false for a digital body, most required fields missing, a trailing
  // comma in the JSON.
  const example1 = `{ "transaction_id": " ttt4565-85546", "transaction_datetime": "2017-01-09T08:27:22 +00:00", "transaction_sum": 25.99, "customer_ip": "127.0.0.1", "customer_phone_number": "+7 677 ** * **", }`;
  // Example 2 ("marchandises") as written: keys with trailing spaces, values with leading
  // spaces, and a trailing comma.
  const example2 = `{ "transaction_id ": " ttt4565-85546", "transaction_datetime": "2017-01-09T08:27:22 +00:00", "transaction_sum ": 158.04, "currency": "GBP", "arrival_country" : " GBR", "arrival_city" : " London", "arrival_address_line" : " Peckham Road", "transaction_status" : "Success", "good_code": "62160000", "vat_percent": 20.00, "vat": 28.73, "departure_country" : "AUS", }`;

  it('example 1 as written: the path with a space does not exist, and the body is refused', async () => {
    const spaced = await postJson(
      `/sandbox/lovat/api/1/%20send/${LOVAT_TOKEN}?if_digital=false&if_vat_calculate=true`,
      example1,
    );
    expect(spaced.status).toBe(404);
    const sent = await lovatSend(example1, { query: 'if_digital=false&if_vat_calculate=true' });
    expect(sent).toMatchObject({ status: 400, json: PROBLEM });
  });

  it('example 1 corrected (a digital service, every required field, valid JSON) is processed', async () => {
    const corrected = {
      transaction_id: 'ttt4565-85546',
      transaction_datetime: '2017-01-09T08:27:22 +00:00',
      transaction_sum: 25.99,
      customer_ip: '127.0.0.1',
      customer_phone_number: '+7 677 ** * **',
      currency: 'usd',
      transaction_status: 'Success',
      payment_operator: 'payonline',
      payment_method_country: 'USA',
      billing_country: 'USA',
      billing_address: '111 First Street,Saratoga, CA 95070, US',
    };
    const sent = await lovatSend(corrected, { query: 'if_digital=true&if_vat_calculate=true' });
    expect(sent).toMatchObject({ status: 200, json: { vat_percent: 0, vat: 0 } });
  });

  it('example 2 as written is refused', async () => {
    expect(await lovatSend(example2, { query: GOODS_QUERY })).toMatchObject({
      status: 400,
      json: PROBLEM,
    });
  });

  it('example 2 corrected (trimmed keys and values, valid JSON) is processed', async () => {
    const corrected = JSON.parse(
      example2
        .replace(/,\s*}$/, '}')
        .replace(/"\s+/g, '"')
        .replace(/\s+"/g, '"'),
    ) as Record<string, unknown>;
    expect(corrected.arrival_country).toBe('GBR');
    expect((await lovatSend(corrected, { query: GOODS_QUERY })).status).toBe(200);
  });
});
