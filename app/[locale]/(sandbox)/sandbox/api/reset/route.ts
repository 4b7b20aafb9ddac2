import { controlRoute } from '@/lib/sandbox/control';
import { resetSandbox } from '@/lib/sandbox/seed';

export const dynamic = 'force-dynamic';

/** POST /sandbox/api/reset — the seed data back; journal, faults and memories cleared. */
export const POST = controlRoute(async (db) => {
  await resetSandbox(db);
  return Response.json({ reset: true });
});
