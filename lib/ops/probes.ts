import 'server-only';
import { getConfig } from '@/lib/config';
import { getDbHandle } from '@/lib/db';
import { pingDatabase } from '@/lib/db/open';
import { log } from '@/lib/log';
import { APP_VERSION } from '@/lib/version';
import { isDraining } from './draining';

/** What the health and readiness routes report: the version, the database, draining or not. */
export async function probe() {
  const handle = getDbHandle();
  const started = performance.now();
  let ok = true;
  try {
    await pingDatabase(handle.db);
  } catch (error) {
    ok = false;
    log.error('health.database_unreachable', { error: String(error) });
  }
  return {
    version: APP_VERSION,
    sandbox: getConfig().sandbox,
    draining: isDraining(),
    database: { kind: handle.kind, ok, latencyMs: Math.round(performance.now() - started) },
  };
}

export const NO_STORE = { 'cache-control': 'no-store' };
