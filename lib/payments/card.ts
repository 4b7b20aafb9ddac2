/**
 * Card numbers for the simulated processor: validation (Luhn, brand, expiry, CVC), the mask
 * that is the only form ever stored or reported, and the deterministic test outcomes.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'unknown';

export const digitsOnly = (value: string) => value.replace(/[\s-]/g, '');

export function luhnValid(number: string): boolean {
  const digits = digitsOnly(number);
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): CardBrand {
  const d = digitsOnly(number);
  if (/^4/.test(d)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(d)) return 'mastercard';
  if (/^3[47]/.test(d)) return 'amex';
  return 'unknown';
}

/** `4242-****-****-4242`: first four and last four digits, in LOVAT's masked form. */
export function maskCard(number: string): string {
  const d = digitsOnly(number);
  return `${d.slice(0, 4)}-****-****-${d.slice(-4)}`;
}

// Numeric keypads often have no "/": `1230`, `12/30` and `12 / 30` all mean December 2030.
const EXPIRY = /^(\d{2})\s*\/?\s*(\d{2})$/;

/** MM/YY for any accepted spelling of an expiry, or the text as typed when it is not one. */
export function normalizeExpiry(expiry: string): string {
  const m = EXPIRY.exec(expiry.trim());
  return m ? `${m[1]}/${m[2]}` : expiry;
}

/**
 * What the expiry field shows while the user types: the slash inserted after the month, so a
 * keypad without "/" is enough. Deleting back over the slash removes it with the month's digit.
 */
export function formatExpiryInput(typed: string): string {
  const digits = typed.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/** Whether the expiry is this month or later (cards expire at the end of their month). */
export function expiryValid(expiry: string, now: Date = new Date()): boolean {
  const m = EXPIRY.exec(expiry.trim());
  if (!m) return false;
  const month = Number(m[1]);
  const year = 2000 + Number(m[2]);
  if (month < 1 || month > 12) return false;
  return year * 12 + month >= now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

export function cvcValid(cvc: string, brand: CardBrand): boolean {
  return brand === 'amex' ? /^\d{4}$/.test(cvc) : /^\d{3}$/.test(cvc);
}

export type CardOutcome = 'approved' | 'declined' | 'insufficient_funds' | 'processing_error';

/** The simulated processor's answer for a number, modelled on the usual test cards. */
export const TEST_CARDS: ReadonlyArray<{ number: string; outcome: CardOutcome }> = [
  { number: '4242 4242 4242 4242', outcome: 'approved' },
  { number: '5555 5555 5555 4444', outcome: 'approved' },
  { number: '4000 0000 0000 0002', outcome: 'declined' },
  { number: '4000 0000 0000 9995', outcome: 'insufficient_funds' },
  { number: '4000 0000 0000 0119', outcome: 'processing_error' },
];

export function cardOutcome(number: string): CardOutcome {
  const d = digitsOnly(number);
  return TEST_CARDS.find((c) => digitsOnly(c.number) === d)?.outcome ?? 'approved';
}
