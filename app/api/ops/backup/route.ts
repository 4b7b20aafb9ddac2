import { getConfig } from '@/lib/config';
import { getDbHandle } from '@/lib/db';
import { bearerTokenMatches } from '@/lib/http/bearer-token';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * A consistent copy of PGlite's data folder, taken while the app runs, for `npm run db:backup`.
 * Closed (404, as if absent) unless the request carries BACKUP_TOKEN; with PostgreSQL the
 * operator uses pg_dump, which this route says.
 */
export async function GET(request: Request) {
  const { backupToken } = getConfig();
  if (!bearerTokenMatches(request.headers.get('authorization'), backupToken)) {
    return new Response('Not found', { status: 404, headers: NO_STORE });
  }
  const handle = getDbHandle();
  if (!handle.dump) {
    return Response.json(
      {
        error: 'postgres',
        message: 'PostgreSQL is backed up with pg_dump: see docs/operations.md',
      },
      { status: 409, headers: NO_STORE },
    );
  }
  const started = performance.now();
  const dump = await handle.dump();
  log.info('backup.taken', { bytes: dump.size, ms: Math.round(performance.now() - started) });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return new Response(dump.stream(), {
    headers: {
      ...NO_STORE,
      'content-type': 'application/gzip',
      'content-length': String(dump.size),
      'content-disposition': `attachment; filename="lalo-pglite-${stamp}.tar.gz"`,
    },
  });
}
