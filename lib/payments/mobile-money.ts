/**
 * Ivorian mobile-money numbers (+225 and 10 digits since 2021) and the simulated wallets'
 * deterministic answers.
 */

export const WALLETS = ['orange', 'mtn', 'moov', 'wave'] as const;
export type Wallet = (typeof WALLETS)[number];

// Since the 2021 renumbering, the first two digits tell the network: 07 Orange, 05 MTN, 01 Moov.
// Wave is a wallet on any network.
const NETWORK_PREFIX: Record<Exclude<Wallet, 'wave'>, string> = {
  orange: '07',
  mtn: '05',
  moov: '01',
};

export type PhoneProblem = 'format' | 'network';

/** `+2250700000001` from what a person types: spaces, dots, dashes, with or without +225. */
export function normalizeIvorianNumber(input: string): string | null {
  const compact = input.replace(/[\s.()-]/g, '');
  const local = /^(?:\+225|00225)?(\d{10})$/.exec(compact)?.[1];
  return local && /^0[157]/.test(local) ? `+225${local}` : null;
}

export function checkWalletNumber(wallet: Wallet, input: string): PhoneProblem | null {
  const number = normalizeIvorianNumber(input);
  if (!number) return 'format';
  if (wallet !== 'wave' && number.slice(4, 6) !== NETWORK_PREFIX[wallet]) return 'network';
  return null;
}

/** `+225 07 •• •• •• 01`: enough for the customer to recognise, never the whole number. */
export function maskPhone(number: string): string {
  const local = number.slice(4);
  return `+225 ${local.slice(0, 2)} •• •• •• ${local.slice(8)}`;
}

export type WalletOutcome = 'approved' | 'declined' | 'no_answer';

/**
 * The simulated push approval, by the number's last two digits: 02 declines, 03 never answers
 * (the approval wait times out); any other number approves.
 */
export function walletOutcome(number: string): WalletOutcome {
  const last = number.slice(-2);
  if (last === '02') return 'declined';
  if (last === '03') return 'no_answer';
  return 'approved';
}
