import { WALLETS } from './mobile-money';

/**
 * The means of payment our own checkout form takes (card and mobile money, with the simulated
 * processor). Apart from the form's schema, which
 * the page loads only when the customer reaches the form.
 */
export const METHODS = ['card', ...WALLETS] as const;
export type CheckoutMethod = (typeof METHODS)[number];

/**
 * Every method a payment can record: `cinetpay` until CinetPay's guichet says which of its
 * methods the customer chose.
 */
export const PAYMENT_METHODS = [...METHODS, 'cinetpay'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
