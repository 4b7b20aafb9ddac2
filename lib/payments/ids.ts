import { randomBytes, randomUUID } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a reference read over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % 32];
  return out;
}

export const newPaymentId = () => randomUUID();

/** PAY-XXXXXXXXXX: 50 bits, unique by database constraint. */
export const newPaymentReference = () => `PAY-${base32(randomBytes(10), 10)}`;

/** 256 bits: the receipt's URL is its only key. */
export const newReceiptToken = () => randomBytes(32).toString('base64url');

/** Enov's `refpaiement` must differ per invoice: the payment's reference and the invoice's rank. */
export const noticeReference = (paymentReference: string, position: number) =>
  `${paymentReference}-${position + 1}`;
