import type { Db } from '@/lib/db/open';
import { registerDatabaseMetrics } from './database';
import { metrics } from './registry';

const globalForScrape = globalThis as unknown as {
  __lalo_db_metrics?: ReturnType<typeof registerDatabaseMetrics>;
};

/** Every metric of this process, the database's read now, in Prometheus' text format. */
export async function scrapeMetrics(db: () => Db) {
  const { registry } = metrics();
  globalForScrape.__lalo_db_metrics ??= registerDatabaseMetrics(registry, db);
  globalForScrape.__lalo_db_metrics.refresh();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
