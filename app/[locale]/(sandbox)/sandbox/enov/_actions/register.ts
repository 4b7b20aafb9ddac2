'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { registerAccount } from '@/lib/sandbox/enov/accounts';
import { registerSchema } from '@/lib/sandbox/portal/schemas';
import { startPortalSession } from '@/lib/sandbox/portal/session';
import { requireSandbox } from '@/lib/sandbox/guard';
import { validatedAction } from '@/lib/validated-action';

export const registerAction = validatedAction(registerSchema, async (input) => {
  requireSandbox();
  const result = await registerAccount(getDb(), input);
  if (!result.ok) {
    const field = result.taken;
    return { status: 'error', message: 'invalidForm', fieldErrors: { [field]: `${field}Taken` } };
  }
  await startPortalSession(result.accountId);
  redirect('/sandbox/enov?bienvenue=1');
});
