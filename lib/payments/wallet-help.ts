import type { Wallet } from './mobile-money';

/**
 * How a customer sees and approves a pending payment when the push never shows on the phone:
 * each operator's own USSD menu, or Wave's app (Wave has no USSD menu for this).
 *
 * Taken from the operators' public help pages for Côte d'Ivoire (Orange Money CI, MTN MoMo CI,
 * Moov Money CI, Wave CI). Operators change these menus: the insurer must check each code with
 * the operator before going live, and again when an operator announces a change.
 */
export type WalletApprovalHelp = { kind: 'ussd'; code: string } | { kind: 'app' };

export const WALLET_APPROVAL_HELP: Readonly<Record<Wallet, WalletApprovalHelp>> = {
  orange: { kind: 'ussd', code: '#144*82#' },
  mtn: { kind: 'ussd', code: '*133#' },
  moov: { kind: 'ussd', code: '*155#' },
  wave: { kind: 'app' },
};

export const isWallet = (method: unknown): method is Wallet =>
  typeof method === 'string' && Object.hasOwn(WALLET_APPROVAL_HELP, method);

/** A `tel:` link that opens the dialer with the code typed in: `#` must be escaped in a URL. */
export const ussdHref = (code: string) => `tel:${code.replaceAll('#', '%23')}`;
