import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (v && typeof v === 'object' ? leaves(v) : [String(v)]));
}

describe('message catalogues', () => {
  it('French and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('have no empty message', () => {
    for (const text of [...leaves(fr), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    // Top-level ICU arguments only (`{count, plural, …}`), not the words inside plural branches.
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const flat = (o: object) =>
      Object.fromEntries(
        keys(o).map((k) => [
          k,
          k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o),
        ]),
      );
    const frFlat = flat(fr);
    for (const [key, text] of Object.entries(flat(en))) {
      expect(placeholders(String(text)), key).toEqual(placeholders(String(frFlat[key])));
    }
  });
});
