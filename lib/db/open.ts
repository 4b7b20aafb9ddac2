import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';

/**
 * Opening and migrating a database, without `server-only` so scripts and tests share it.
 * One schema and one set of migrations serve PGlite and PostgreSQL alike.
 */

// What both drivers' raw results have in common (`db.execute` returns it): a list of rows.
interface RowsResult<TRow> {
  rows: TRow[];
}
interface RowsResultHKT extends PgQueryResultHKT {
  type: RowsResult<this['row']>;
}

// Only the SQL-like query builder is used, so no relational schema is registered.
export type Db = PgDatabase<RowsResultHKT>;
export type DbKind = 'pglite' | 'postgres';

/**
 * Runs `work` in one transaction, handing it the transaction as a `Db`: Drizzle types a
 * transaction apart from its database although both have the same query builder, and the
 * repositories take either.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}

export interface DbHandle {
  db: Db;
  kind: DbKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * PGlite only: a gzipped tar of its data folder, consistent (taken between two statements,
   * after a checkpoint), while the app keeps running. PostgreSQL has pg_dump.
   */
  dump?(): Promise<Blob>;
}

export type DbTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir?: string };

export const MIGRATIONS_DIR = path.join(process.cwd(), 'lib/db/migrations');
// Any constant works; it only has to be the same for every instance sharing a database.
const MIGRATION_LOCK_ID = 720_190_045;

// PostgreSQL's default 128 MB of shared buffers is most of PGlite's resident memory, inside
// the app's own process; 16 MB holds this app's working set many times over.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Creates a new PGlite data folder in a short-lived process of its own. PGlite runs initdb in
 * a second WASM instance whose memory stays in the process that ran it: ~500 MiB resident
 * after a first start in the app's process, against ~100 MiB when the app opens a folder that
 * already exists (docs/benchmarks-notes.md). Falls back to creating it here if that fails.
 */
function createPgliteFolder(dir: string) {
  if (existsSync(path.join(dir, 'PG_VERSION'))) return;
  const script = `
    const { PGlite } = await import('@electric-sql/pglite');
    const [dir, params] = process.argv.slice(1);
    const db = new PGlite(dir, { startParams: JSON.parse(params) });
    await db.waitReady;
    await db.close();`;
  try {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, dir, JSON.stringify(PGLITE_START_PARAMS)],
      { cwd: process.cwd(), stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 },
    );
  } catch (error) {
    console.error(
      JSON.stringify({ level: 'warn', event: 'db.pglite_init_here', error: String(error) }),
    );
  }
}

function openPglite(dir: string | undefined): DbHandle {
  // No dir means in-memory, which is what the unit tests use.
  if (dir) {
    mkdirSync(dir, { recursive: true });
    createPgliteFolder(path.resolve(dir));
  }
  const options = { startParams: PGLITE_START_PARAMS };
  const client = dir ? new PGlite(path.resolve(dir), options) : new PGlite(options);
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    close: () => client.close(),
    dump: async () => {
      // The checkpoint writes every dirty page, so a restore need not replay the WAL.
      await client.exec('checkpoint');
      return client.dumpDataDir('gzip');
    },
  };
}

/**
 * Creates the PGlite data folder `dir` from a dump of `dump()`. The folder must not exist or
 * be empty: a restore never merges into, or overwrites, a database.
 */
export async function restorePglite(dir: string, dump: Blob): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: move it aside, then restore into it`);
  }
  mkdirSync(dir, { recursive: true });
  const client = new PGlite(path.resolve(dir), { loadDataDir: dump });
  await client.waitReady;
  await client.close();
}

function openPostgres(url: string): DbHandle {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server (restart, failover, admin) must not crash the
  // process: the pool replaces it on the next query.
  pool.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', event: 'db.idle_connection_lost', error: error.message }),
    );
  });
  const pgDb = drizzlePg(pool);
  return {
    db: pgDb as unknown as Db,
    kind: 'postgres',
    // Several instances may start together on one database: the advisory lock makes them
    // migrate one after the other instead of racing on the same DDL.
    migrate: async () => {
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(pgDb, { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(target: DbTarget): DbHandle {
  return target.kind === 'postgres' ? openPostgres(target.url) : openPglite(target.dir);
}

/** A round trip to the database, for the health check. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
