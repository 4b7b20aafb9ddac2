import { WALLETS } from './mobile-money';

/** The means of payment offered at checkout (apart from the schema: the page needs no zod). */
export const METHODS = ['card', ...WALLETS] as const;
