import 'server-only';
import { getConfig } from '@/lib/config';
import { openDatabase, type Db, type DbHandle } from './open';

export type { Db } from './open';

// One handle per process: PGlite must never be opened twice on one folder, and Next may
// evaluate this module more than once (route bundles, dev reloads), hence the global.
const globalForDb = globalThis as unknown as { __lalo_db?: DbHandle };

export function getDbHandle(): DbHandle {
  globalForDb.__lalo_db ??= openDatabase(getConfig().database);
  return globalForDb.__lalo_db;
}

export function getDb(): Db {
  return getDbHandle().db;
}
