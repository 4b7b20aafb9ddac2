'use server';

import { getDb } from '@/lib/db';
import { changePassword } from '@/lib/sandbox/enov/accounts';
import { requireSandbox } from '@/lib/sandbox/guard';
import { changePasswordSchema } from '@/lib/sandbox/portal/schemas';
import { currentPortalAccount } from '@/lib/sandbox/portal/session';
import { validatedAction } from '@/lib/validated-action';

export const changePasswordAction = validatedAction(changePasswordSchema, async (input) => {
  requireSandbox();
  const account = await currentPortalAccount();
  if (!account) return { status: 'error', message: 'sessionExpired' };
  const changed = await changePassword(getDb(), account.id, input.current, input.next);
  if (!changed) {
    return { status: 'error', message: 'invalidForm', fieldErrors: { current: 'currentWrong' } };
  }
  return { status: 'success', message: 'passwordChanged' };
});
