// `npm run db:backup -- FILE` and `npm run db:restore -- FILE`: the database the environment
// configures, as start-up reads it (DATABASE_URL, else PGLITE_DIR). See docs/operations.md.
//
// PostgreSQL: pg_dump's custom format, restored with pg_restore into an empty database.
// PGlite: one process per folder, so the running app takes the copy (GET /api/ops/backup with
// BACKUP_TOKEN, at APP_URL); a restore creates the data folder and needs the app stopped.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConfig } from '../lib/config-schema';
import { restorePglite } from '../lib/db/open';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
}

async function backup(file: string) {
  const config = parseConfig(process.env);
  if (config.database.kind === 'postgres') {
    run('pg_dump', ['--format=custom', '--no-owner', '--file', file, config.database.url]);
    return;
  }
  if (!config.backupToken)
    throw new Error('BACKUP_TOKEN is not set (the running app needs it too)');
  const response = await fetch(`${config.appUrl}/api/ops/backup`, {
    headers: { authorization: `Bearer ${config.backupToken}` },
  });
  if (!response.ok) throw new Error(`${config.appUrl}/api/ops/backup answered ${response.status}`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
}

async function restore(file: string) {
  const config = parseConfig(process.env);
  if (config.database.kind === 'postgres') {
    // --single-transaction: a restore that fails half-way leaves the database as it was.
    run('pg_restore', [
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      config.database.url,
      file,
    ]);
    return;
  }
  await restorePglite(config.database.dir, new Blob([readFileSync(file)]));
}

async function main() {
  const [what, file] = process.argv.slice(2);
  if ((what !== 'backup' && what !== 'restore') || !file) {
    throw new Error('usage: db-backup.ts backup|restore FILE');
  }
  await (what === 'backup' ? backup(file) : restore(file));
  console.info(`${what === 'backup' ? 'Backed up to' : 'Restored from'} ${file}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
