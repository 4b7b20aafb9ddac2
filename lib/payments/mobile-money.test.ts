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
