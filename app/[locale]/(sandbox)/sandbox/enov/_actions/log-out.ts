'use server';

import { redirect } from 'next/navigation';
import { requireSandbox } from '@/lib/sandbox/guard';
import { endCurrentPortalSession } from '@/lib/sandbox/portal/session';

export async function logOutAction(): Promise<void> {
  requireSandbox();
  await endCurrentPortalSession();
  redirect('/sandbox/enov/connexion');
}
