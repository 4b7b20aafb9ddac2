import { NO_STORE, probe } from '@/lib/ops/probes';

export const dynamic = 'force-dynamic';

/**
 * Liveness: 200 while the process serves requests, whatever the database says (shown in the
 * body). Restarting an instance cures nothing when the database is down, and a failing liveness
 * probe would restart every instance at once; readiness (/api/ready) takes them out of rotation.
 */
export async function GET() {
  const state = await probe();
  const status = state.database.ok ? 'ok' : 'degraded';
  return Response.json({ status, ...state }, { headers: NO_STORE });
}
