'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db';
import { requireSandboxControl } from '@/lib/sandbox/guard';
import { resetSandbox } from '@/lib/sandbox/seed';

export async function resetSandboxAction(): Promise<void> {
  await requireSandboxControl();
  await resetSandbox(getDb());
  revalidatePath('/sandbox');
  redirect('/sandbox?reinitialise=1');
}
