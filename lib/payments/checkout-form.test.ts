import { describe, expect, it } from 'vitest';
import { checkoutFormSchema } from './checkout-form';

const base = {
  attempt: '0f8b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4',
  contract: '2019004512',
  invoices: 'FAC-2026-000101',
  amount: 'full',
  billingAddress: 'Rue des Jardins, Cocody',
  billingCity: 'Abidjan',
  billingCountry: 'CIV',
};
const card = {
  method: 'card',
  cardNumber: '4242424242424242',
  cardExpiry: '12/30',
  cardCvc: '123',
};
const problems = (form: Record<string, string>) => {
  const parsed = checkoutFormSchema.safeParse(form);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('checkout form: the phone', () => {
  it('is asked of a card payment', () => {
    expect(problems({ ...base, ...card })).toEqual(['billingPhone']);
    expect(problems({ ...base, ...card, billingPhone: '+225 07 00 00 00 01' })).toEqual([]);
  });

  it('is the wallet number when paying by mobile money: no second phone needed', () => {
    expect(problems({ ...base, method: 'mtn', walletNumber: '05 00 00 00 01' })).toEqual([]);
    // Whatever an unseen billing phone holds (remembered on the device) is not held against it.
    expect(
      problems({ ...base, method: 'mtn', walletNumber: '05 00 00 00 01', billingPhone: 'x' }),
    ).toEqual([]);
    expect(problems({ ...base, method: 'mtn', walletNumber: '07 00 00 00 01' })).toEqual([
      'walletNetwork',
    ]);
  });
});
