/**
 * The insurer's opening hours, configured once (INSURER_HOURS) in a small structured form and
 * shown in the reader's language: `lun-ven 08:00-17:00; sam 08:00-12:00`. Structured rather than
 * free text so that one value serves French and English, and a typo stops start-up instead of
 * reaching customers. Pure: used by the configuration, the pages and the PDF.
 */

/** Days 1 (Monday) to 7 (Sunday), from `from` to `to` inclusive, open `open`–`close` (HH:MM). */
export interface OpeningSlot {
  from: number;
  to: number;
  open: string;
  close: string;
}

// French first, English accepted: whoever writes the configuration may use either.
const DAYS: Record<string, number> = {
  lun: 1,
  mar: 2,
  mer: 3,
  jeu: 4,
  ven: 5,
  sam: 6,
  dim: 7,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

const SLOT = /^([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})$/;

const minutes = (h: string, m: string) => Number(h) * 60 + Number(m);

/** The slots of an INSURER_HOURS value, or null when it does not read as one. */
export function parseOpeningHours(value: string): OpeningSlot[] | null {
  const parts = value
    .toLowerCase()
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const slots: OpeningSlot[] = [];
  for (const part of parts) {
    const m = SLOT.exec(part);
    if (!m) return null;
    const [, first, last, oh, om, ch, cm] = m as unknown as string[];
    const from = DAYS[first!];
    const to = last === undefined ? from : DAYS[last];
    if (from === undefined || to === undefined || to < from) return null;
    if (Number(oh) > 23 || Number(ch) > 23 || Number(om) > 59 || Number(cm) > 59) return null;
    if (minutes(oh!, om!) >= minutes(ch!, cm!)) return null;
    slots.push({ from, to, open: `${oh}:${om}`, close: `${ch}:${cm}` });
  }
  return slots;
}

/** The words a reader's language puts around days and times (messages `InsurerContact`). */
export interface HoursWords {
  dayRange: (values: { from: string; to: string }) => string;
  slot: (values: { days: string; open: string; close: string }) => string;
}

// 1 January 2024 was a Monday: day n is that date plus n - 1, named by Intl in any language.
const dayName = (day: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );

const timeOf = (hhmm: string, locale: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
};

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** One line a slot, in the reader's language: "Du lundi au vendredi, de 8:00 à 17:00". */
export function describeOpeningHours(
  slots: OpeningSlot[],
  locale: string,
  words: HoursWords,
): string[] {
  return slots.map(({ from, to, open, close }) => {
    const days =
      from === to
        ? dayName(from, locale)
        : words.dayRange({ from: dayName(from, locale), to: dayName(to, locale) });
    return capitalised(
      words.slot({ days, open: timeOf(open, locale), close: timeOf(close, locale) }),
    );
  });
}
