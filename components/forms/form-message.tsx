'use client';

import { Alert } from '@/components/ui/alert';
import type { ActionState } from '@/lib/action-state';

/**
 * The form's outcome, in a live region that exists before it has anything to say, so screen
 * readers announce the message when it appears.
 */
export function FormMessage({ state, text }: { state: ActionState; text?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.status !== 'idle' && text ? (
        <Alert tone={state.status === 'error' ? 'error' : 'success'}>{text}</Alert>
      ) : null}
    </div>
  );
}
