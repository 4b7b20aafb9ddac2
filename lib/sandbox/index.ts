import 'server-only';
import { getConfig } from '@/lib/config';
import type { Db } from '@/lib/db/open';
import { log } from '@/lib/log';
import { seedSandboxIfEmpty } from './seed';

/** At start-up: seeds the sandbox's tables the first time, when the sandbox is on. */
export async function prepareSandbox(db: Db): Promise<void> {
  if (!getConfig().sandbox) return;
  if (await seedSandboxIfEmpty(db)) log.info('sandbox.seeded');
}
