'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/action-state';
import { signInSchema } from '@/lib/auth/forms';
import { signIn } from '@/lib/auth/next-auth';
import { validatedAction } from '@/lib/validated-action';

// Only a path of the agent area: never an open redirect to another site.
const safeNext = (from: FormDataEntryValue | null) =>
  typeof from === 'string' && /^\/agent(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(from) ? from : '/agent';

/** One message for an unknown account and a wrong password; another once throttled. */
export const signInAgentAction = validatedAction(
  signInSchema,
  async (form, formData): Promise<ActionState> => {
    try {
      await signIn('credentials', { email: form.email, password: form.password, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        if (error.code === 'throttled') return { status: 'error', message: 'throttled' };
        // Beside the password, to be typed again (it is never echoed): focus goes there and
        // the message is read with it. Email or password, it does not say which.
        return { status: 'error', fieldErrors: { password: 'badCredentials' } };
      }
      if (error instanceof AuthError) return { status: 'error', message: 'signInFailed' };
      throw error;
    }
    redirect(safeNext(formData.get('from')));
  },
  { name: 'agent.sign-in' },
);
