/** Valid LOVAT reports to vary one field at a time, for the contract tests. */

let n = 0;
const txId = () => `tx-${Date.now()}-${n++}`;

export const digital = (over: Record<string, unknown> = {}) => ({
  transaction_id: txId(),
  transaction_datetime: '2026-11-23T10:15:00+00:00',
  transaction_sum: '25000',
  customer_ip: '196.47.128.10',
  currency: 'XOF',
  customer_phone_number: '+225 07 00 00 00 01',
  arrival_country: 'CIV',
  arrival_city: 'Abidjan',
  arrival_address_line: 'Rue des Jardins, Cocody',
  transaction_status: 'Success',
  service_code: '21',
  bank_card_number: '4242-****-****-4242',
  payment_operator: 'card',
  payment_method_country: 'CIV',
  billing_country: 'CIV',
  billing_address: 'Rue des Jardins, Cocody, Abidjan',
  ...over,
});
export const goods = (over: Record<string, unknown> = {}) => ({
  transaction_id: txId(),
  transaction_datetime: '2026-11-23T10:15:00Z',
  transaction_sum: '158.04',
  currency: 'GBP',
  arrival_country: 'GBR',
  arrival_city: 'London',
  arrival_address_line: 'Peckham Road',
  transaction_status: 'Success',
  good_code: '62160000',
  vat_percent: '20.00',
  vat: '28.73',
  departure_country: 'AUS',
  taxable_jurisdiction: 'GBR',
  buyer_vat_number: 'UK123123123',
  ...over,
});
export const GOODS_QUERY = 'if_digital=false&if_vat_calculate=false';
export const PROBLEM = { error: 'Problem with data' };
