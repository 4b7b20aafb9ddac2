import { describe, expect, it } from 'vitest';
import { ENOV_MESSAGES, ENOV_TRANSIENT_CODES, isEnovCode, normalizeEnovCode } from './codes';

// The codes of Enov's api web services document.
const CODES = ['00', '-1', '-2', '02', '03', '04', '05', '06', '07', '08'];

describe('Enov answer codes', () => {
  it('are the ten codes of the document, each with its message', () => {
    expect(Object.keys(ENOV_MESSAGES).sort()).toEqual([...CODES].sort());
    for (const code of CODES)
      expect(ENOV_MESSAGES[code as keyof typeof ENOV_MESSAGES]).not.toBe('');
  });

  it.each(CODES)('knows %s', (code) => {
    expect(isEnovCode(code)).toBe(true);
  });

  it.each(['1', '8', '-3', '09', '00 ', '', 'toString', 'constructor', '__proto__'])(
    'does not take %j for a code',
    (text) => {
      expect(isEnovCode(text)).toBe(false);
    },
  );
});

describe('which codes are worth a retry', () => {
  // -2 (data access) and 07 (saving) are the insurer's servers failing: the same notice may go
  // through later. Every other code is about the request and will fail again.
  it.each(CODES.map((code) => [code, code === '-2' || code === '07'] as const))(
    '%s is transient: %s',
    (code, transient) => {
      expect(ENOV_TRANSIENT_CODES.has(code)).toBe(transient);
    },
  );
});

describe('normalizeEnovCode', () => {
  it.each([
    ['-02', '-2'],
    [-2, '-2'],
    ['008', '08'],
    [7, '07'],
    ['\t07\n', '07'],
  ])('reads %j, written another way, as the code %s', (raw, code) => {
    expect(normalizeEnovCode(raw)).toBe(code);
  });

  // What is not a known code is kept as Enov wrote it, for the log and the agent.
  it.each([
    ['9', '9'],
    [12, '12'],
    ['-3', '-3'],
    ['-03', '-03'],
    ['8.0', '8.0'],
    ['0x8', '0x8'],
    ['1e1', '1e1'],
    ['+8', '+8'],
    ['code 08', 'code 08'],
    ['08 ok', '08 ok'],
    [null, ''],
    [undefined, ''],
  ])('keeps %j as %j', (raw, text) => {
    expect(normalizeEnovCode(raw)).toBe(text);
  });
});
