import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkWalletNumber,
  maskPhone,
  normalizeIvorianNumber,
  walletOutcome,
} from './mobile-money';

describe('Ivorian mobile numbers', () => {
  it.each([
    ['+225 07 00 00 00 01', '+2250700000001'],
    ['0700000001', '+2250700000001'],
    ['00225 05.44.33.22.11', '+2250544332211'],
    ['+225 01-02-03-04-05', '+2250102030405'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalizeIvorianNumber(input)).toBe(expected);
  });

  it.each(['07000001', '+33 6 12 34 56 78', '+225 0800000001', '+225 07 00 00 00 0', 'abc', ''])(
    'refuses %j',
    (input) => {
      expect(normalizeIvorianNumber(input)).toBeNull();
    },
  );

  it('checks the network of each wallet; Wave takes any', () => {
    expect(checkWalletNumber('orange', '0700000001')).toBeNull();
    expect(checkWalletNumber('orange', '0500000001')).toBe('network');
    expect(checkWalletNumber('mtn', '0500000001')).toBeNull();
    expect(checkWalletNumber('moov', '0100000001')).toBeNull();
    expect(checkWalletNumber('wave', '0100000001')).toBeNull();
    expect(checkWalletNumber('wave', '12345')).toBe('format');
  });

  it('masks the middle of a number', () => {
    expect(maskPhone('+2250700000001')).toBe('+225 07 •• •• •• 01');
  });

  it('answers deterministically by the last two digits', () => {
    expect(walletOutcome('+2250700000001')).toBe('approved');
    expect(walletOutcome('+2250700000002')).toBe('declined');
    expect(walletOutcome('+2250700000003')).toBe('no_answer');
  });
});

describe('what is not an Ivorian mobile number', () => {
  it.each([
    ['a digit too many', '+225 07 00 00 00 011'],
    ['a digit too many, no prefix', '07000000011'],
    ['a foreign country code', '+33 07 00 00 00 01'],
    ['a foreign international prefix', '00336 07 00 00 00 01'],
    ['letters before', 'tel0700000001'],
    ['letters after', '0700000001#'],
    ['a fixed line (27)', '+225 27 22 00 00 00'],
  ])('%s: %j', (_why, input) => {
    expect(normalizeIvorianNumber(input)).toBeNull();
  });

  it('reads any 01, 05 or 07 number, however it is written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('01', '05', '07'),
        fc.stringMatching(/^\d{8}$/),
        fc.constantFrom('', '+225', '00225', '+225 '),
        fc.constantFrom('', ' ', '.', '-'),
        (network, rest, prefix, separator) => {
          const local = network + rest;
          const typed = prefix + (local.match(/../g) ?? []).join(separator);
          expect(normalizeIvorianNumber(typed)).toBe(`+225${local}`);
        },
      ),
    );
  });
});

describe('which wallet takes which network', () => {
  const numbers = { '01': '0102030405', '05': '0502030405', '07': '0702030405' } as const;
  it.each([
    ['orange', '07', null],
    ['orange', '05', 'network'],
    ['orange', '01', 'network'],
    ['mtn', '05', null],
    ['mtn', '07', 'network'],
    ['mtn', '01', 'network'],
    ['moov', '01', null],
    ['moov', '05', 'network'],
    ['moov', '07', 'network'],
    ['wave', '01', null],
    ['wave', '05', null],
    ['wave', '07', null],
  ] as const)('%s with a %s number → %s', (wallet, network, problem) => {
    expect(checkWalletNumber(wallet, numbers[network])).toBe(problem);
  });

  it.each(['orange', 'mtn', 'moov', 'wave'] as const)(
    '%s refuses a number that is not one',
    (wallet) => {
      expect(checkWalletNumber(wallet, '+33 6 12 34 56 78')).toBe('format');
    },
  );
});
