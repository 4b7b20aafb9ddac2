import { maskCard } from './card';
import { maskPhone, normalizeIvorianNumber } from './mobile-money';

/** What a payment shows of its means of payment: only ever a mask. */
export function maskedMethodDetail(
  method: string,
  card?: { number: string },
  walletNumber?: string,
): string {
  if (method === 'card' && card) return maskCard(card.number);
  const number = walletNumber ? normalizeIvorianNumber(walletNumber) : null;
  return number ? maskPhone(number) : '';
}
