import 'server-only';
import { cache } from 'react';
import { enov } from '@/lib/enov/client';
import { limitContractLookups } from '@/lib/rate-limit';

/**
 * A contract's open invoices, asked of the insurer once per request: the page's title says
 * whether the insurer answered (an outage is titled as one), so the metadata and the page share
 * one look-up, counted once against the client's limit.
 */
export const lookUpInvoices = cache(async (contract: string) => {
  await limitContractLookups();
  return enov().selectInvoices(contract);
});
