import { describe, expect, it } from 'vitest';
import { contractLookupSchema, contractNumberSchema } from './contract-number';

const problem = (input: string) => {
  const result = contractNumberSchema.safeParse(input);
  return result.success ? null : result.error.issues[0]?.message;
};

describe('contract number', () => {
  it.each([
    ['2019004512', '2019004512'],
    [' 2019 004 512 ', '2019004512'],
    ['2019-004-512', '2019004512'],
    ['2019.004.512', '2019004512'],
  ])('reads %j as %s', (input, expected) => {
    expect(contractNumberSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['20190045AB', 'digitsOnly'],
    ['FAC-2026-000101', 'digitsOnly'],
    ['201900451', 'length'],
    ['20190045123', 'length'],
  ])('refuses %j with %s', (input, expected) => {
    expect(problem(input)).toBe(expected);
  });
});

describe('contract look-up form', () => {
  it('reads the contract field with the same rule', () => {
    expect(contractLookupSchema.parse({ contract: ' 2019-004-512 ' })).toEqual({
      contract: '2019004512',
    });
    expect(contractLookupSchema.safeParse({ contract: '2019' }).success).toBe(false);
    expect(contractLookupSchema.safeParse({}).success).toBe(false);
  });
});
