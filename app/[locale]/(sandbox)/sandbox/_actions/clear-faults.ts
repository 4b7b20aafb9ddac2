'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db';
import { clearFaults } from '@/lib/sandbox/faults';
import { SANDBOX_ENDPOINTS, type SandboxEndpoint } from '@/lib/sandbox/faults-constants';
import { requireSandboxControl } from '@/lib/sandbox/guard';

/** Clears one endpoint's fault (the form names it) or all of them. */
export async function clearFaultsAction(formData: FormData): Promise<void> {
  await requireSandboxControl();
  const endpoint = formData.get('endpoint');
  const one = SANDBOX_ENDPOINTS.find((e) => e === endpoint) as SandboxEndpoint | undefined;
  await clearFaults(getDb(), one);
  revalidatePath('/sandbox');
}
