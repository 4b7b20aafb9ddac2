'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { checkPortalLogin } from '@/lib/sandbox/enov/accounts';
import { requireSandbox } from '@/lib/sandbox/guard';
import { loginSchema } from '@/lib/sandbox/portal/schemas';
import { startPortalSession } from '@/lib/sandbox/portal/session';
import { validatedAction } from '@/lib/validated-action';

export const logInAction = validatedAction(loginSchema, async ({ login, password }) => {
  requireSandbox();
  const account = await checkPortalLogin(getDb(), login, password);
  // One message whether the account is unknown or the password wrong.
  if (!account) return { status: 'error', message: 'badCredentials' };
  await startPortalSession(account.id);
  redirect('/sandbox/enov');
});
