'use server';

import { redirect } from 'next/navigation';
import { contractLookupSchema } from '@/lib/contracts/contract-number';
import { validatedAction } from '@/lib/validated-action';

/** The home form: a valid number leads to its contract page, an invalid one back with why. */
export const findContractAction = validatedAction(
  contractLookupSchema,
  async ({ contract }) => {
    redirect(`/contrat/${contract}`);
  },
  { name: 'find-contract' },
);
