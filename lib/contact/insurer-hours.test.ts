import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { describeOpeningHours, parseOpeningHours, type HoursWords } from './insurer-hours';

// The catalogues' own words, filled in as next-intl would (simple {name} arguments).
const wordsOf = (messages: typeof fr): HoursWords => {
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  return {
    dayRange: (v) => fill(messages.InsurerContact.dayRange, v),
    slot: (v) => fill(messages.InsurerContact.slot, v),
  };
};

describe('opening hours', () => {
  const slots = parseOpeningHours('lun-ven 08:00-17:00; sam 08:00-12:00')!;

  it('reads days and hours, French or English day names', () => {
    expect(slots).toEqual([
      { from: 1, to: 5, open: '08:00', close: '17:00' },
      { from: 6, to: 6, open: '08:00', close: '12:00' },
    ]);
    expect(parseOpeningHours('mon-fri 08:00-17:00, sat 08:00-12:00')).toEqual(slots);
    expect(parseOpeningHours('')).toBeNull();
    expect(parseOpeningHours('lun-ven 8h-17h')).toBeNull();
    expect(parseOpeningHours('xyz 08:00-17:00')).toBeNull();
  });

  it('is said in French', () => {
    expect(describeOpeningHours(slots, 'fr', wordsOf(fr))).toEqual([
      'Du lundi au vendredi, de 8:00 à 17:00',
      'Samedi, de 8:00 à 12:00',
    ]);
  });

  it('is said in English', () => {
    const lines = describeOpeningHours(slots, 'en', wordsOf(en)).map((l) =>
      l.replace(/\u202f/g, ' '),
    );
    expect(lines).toEqual([
      'Monday to Friday, 8:00 AM to 5:00 PM',
      'Saturday, 8:00 AM to 12:00 PM',
    ]);
  });
});
