import { getConfig } from '@/lib/config';
import { getDbHandle } from '@/lib/db';
import { pingDatabase } from '@/lib/db/open';
import { log } from '@/lib/log';
import { APP_VERSION } from '@/lib/version';

export const dynamic = 'force-dynamic';

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const handle = getDbHandle();
  const started = performance.now();
  let ok = true;
  try {
    await pingDatabase(handle.db);
  } catch (error) {
    ok = false;
    log.error('health.database_unreachable', { error: String(error) });
  }
  const body = {
    status: ok ? 'ok' : 'degraded',
    version: APP_VERSION,
    sandbox: getConfig().sandbox,
    database: { kind: handle.kind, ok, latencyMs: Math.round(performance.now() - started) },
  };
  return Response.json(body, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
