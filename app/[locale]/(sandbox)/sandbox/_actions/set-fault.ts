'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db';
import { faultFormSchema } from '@/lib/sandbox/fault-form';
import { setFault } from '@/lib/sandbox/faults';
import { requireSandboxControl } from '@/lib/sandbox/guard';
import { validatedAction } from '@/lib/validated-action';

export const setFaultAction = validatedAction(faultFormSchema, async (fault) => {
  await requireSandboxControl();
  await setFault(getDb(), fault);
  revalidatePath('/sandbox');
  return { status: 'success', message: 'faultSet' };
});
