'use server';

import { pay } from '@/app/actions/pay';
import type { ActionState } from '@/lib/action-state';

/**
 * Pays, and when the server refuses, hands the card number and expiry back to the form that
 * sent them, so a policyholder on a phone does not type 16 digits again (issue #17). They go
 * back only in this action's answer to the browser that just sent them, as the form itself
 * would keep them; nothing here logs or stores them. The security code never comes back: the
 * customer types it again, and the form says so.
 */
export async function payKeepingCard(previous: ActionState, formData: FormData) {
  const state = await pay(previous, formData);
  if (state.status !== 'error' || formData.get('method') !== 'card') return state;
  const kept = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? { [name]: value } : {};
  };
  return {
    ...state,
    values: { ...state.values, ...kept('cardNumber'), ...kept('cardExpiry') },
  } satisfies ActionState;
}
