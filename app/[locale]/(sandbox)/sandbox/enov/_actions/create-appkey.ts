'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db';
import { createAppkey } from '@/lib/sandbox/enov/accounts';
import { requireSandbox } from '@/lib/sandbox/guard';
import { appkeySchema } from '@/lib/sandbox/portal/schemas';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { validatedAction } from '@/lib/validated-action';

export const createAppkeyAction = validatedAction(appkeySchema, async ({ application }) => {
  requireSandbox();
  const account = await currentPortalAccount();
  if (!account) return { status: 'error', message: 'sessionExpired' };
  await createAppkey(getDb(), account.id, application);
  revalidatePath('/sandbox/enov');
  return { status: 'success', message: 'appkeyCreated' };
});
