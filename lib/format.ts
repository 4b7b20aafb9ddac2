/**
 * Display formats shared by server and client: amounts in whole XOF as `25 000 FCFA` and dates
 * as dd/mm/yyyy in Abidjan's time (UTC+0, no daylight saving), whatever the UI language.
 */

// A no-break space keeps "25 000 FCFA" on one line on narrow screens.
const NBSP = '\u00a0';

export function formatXof(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not a whole XOF amount: ${amount}`);
  const digits = Math.abs(amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${amount < 0 ? '-' : ''}${grouped}${NBSP}FCFA`;
}

/**
 * Reads an amount as policyholders type it: `30000`, `30 000`, `30.000` and `30,000` are all
 * 30 000 (French writes thousands with a space or a dot, English with a comma; XOF has no
 * cents, so a separator is never a decimal point). A trailing `FCFA`, `F` or `XOF` is allowed.
 * Null when it is not a whole number written one of these ways (`30.5`, `30,00`, `1.000,000`).
 */
export function parseXofAmount(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/\s*(f\s?cfa|xof|f)$/i, '');
  if (!/^(\d+|\d{1,3}( \d{3})+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/.test(cleaned)) return null;
  const amount = Number(cleaned.replace(/[ .,]/g, ''));
  return Number.isSafeInteger(amount) ? amount : null;
}

const pad = (n: number) => n.toString().padStart(2, '0');

/** dd/mm/yyyy of an instant, in UTC+0 (Abidjan). */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** dd/mm/yyyy HH:MM (or HH:MM:SS) of an instant, in UTC+0 (Abidjan). */
export function formatDateTime(date: Date, opts: { seconds?: boolean } = {}): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${formatDate(date)} ${time}${opts.seconds ? `:${pad(date.getUTCSeconds())}` : ''}`;
}

/** Reads a dd/mm/yyyy calendar date; null unless it is a real date (no 31/02). */
export function parseDayMonthYear(text: string): Date | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}
