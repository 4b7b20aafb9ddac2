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
