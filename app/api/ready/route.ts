import { NO_STORE, probe } from '@/lib/ops/probes';

export const dynamic = 'force-dynamic';

/**
 * Readiness: 200 when this instance should get new requests; 503 while its database does not
 * answer or it drains before stopping (lib/ops/draining.ts), so the load balancer skips it.
 */
export async function GET() {
  const state = await probe();
  const ready = state.database.ok && !state.draining;
  const status = ready ? 'ready' : state.draining ? 'draining' : 'database_unreachable';
  return Response.json({ status, ...state }, { status: ready ? 200 : 503, headers: NO_STORE });
}
