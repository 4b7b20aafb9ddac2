import 'server-only';
import { cache } from 'react';
import { enov } from '@/lib/enov/client';
import { limitContractLookups } from '@/lib/rate-limit';

/**
 * The client's look-up limit, counted once per request: the page checks it before sending its
 * shell (past the limit it redirects, which it can no longer do once streaming), and the
 * look-up checks it too, for the metadata that may ask first.
 */
export const limitContractLookupsOnce = cache(limitContractLookups);

/**
 * A contract's open invoices, asked of the insurer once per request: the page's title says
 * whether the insurer answered (an outage is titled as one), so the metadata and the page share
 * one look-up, counted once against the client's limit.
 */
export const lookUpInvoices = cache(async (contract: string) => {
  await limitContractLookupsOnce();
  return enov().selectInvoices(contract);
});
