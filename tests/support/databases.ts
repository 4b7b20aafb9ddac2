import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type DbHandle, type DbKind } from '@/lib/db/open';

/**
 * The backends every data-layer test runs on: PGlite always, PostgreSQL when the test command
 * started one (TEST_DATABASE_URL). Each test file gets a fresh, migrated database of its own.
 */
export interface TestBackend {
  kind: DbKind;
  open(): Promise<DbHandle & { drop(): Promise<void> }>;
}

const pglite: TestBackend = {
  kind: 'pglite',
  async open() {
    const handle = openDatabase({ kind: 'pglite' });
    await handle.migrate();
    return { ...handle, drop: handle.close };
  },
};

function postgres(serverUrl: string): TestBackend {
  return {
    kind: 'postgres',
    async open() {
      const name = `t_${randomBytes(6).toString('hex')}`;
      await adminQuery(serverUrl, `create database ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const handle = openDatabase({ kind: 'postgres', url: url.toString() });
      await handle.migrate();
      return {
        ...handle,
        drop: async () => {
          await handle.close();
          await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
        },
      };
    },
  };
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;

export const backends: TestBackend[] = postgresUrl ? [pglite, postgres(postgresUrl)] : [pglite];

if (!postgresUrl && process.env.CI) {
  // In CI a missing PostgreSQL would silently halve the data-layer coverage.
  throw new Error('TEST_DATABASE_URL is not set: CI must run the data layer on PostgreSQL too.');
}
