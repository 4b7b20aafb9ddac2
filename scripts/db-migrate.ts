// `npm run db:migrate`: applies the migrations to the configured database, as start-up does.
import { parseConfig } from '../lib/config-schema';
import { openDatabase } from '../lib/db/open';

async function main() {
  const config = parseConfig(process.env);
  const handle = openDatabase(config.database);
  await handle.migrate();
  await handle.close();
  console.info(`Migrations applied (${config.database.kind}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
