import 'server-only';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';

/** Every sandbox page and action starts here: with real upstreams, the sandbox does not exist. */
export function requireSandbox(): void {
  if (!getConfig().sandbox) notFound();
}
