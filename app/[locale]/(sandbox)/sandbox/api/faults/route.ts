import { z } from 'zod';
import { controlRoute } from '@/lib/sandbox/control';
import { faultInputSchema } from '@/lib/sandbox/fault-input';
import { clearFaults, listFaults, setFault } from '@/lib/sandbox/faults';
import { SANDBOX_ENDPOINTS } from '@/lib/sandbox/faults-constants';

export const dynamic = 'force-dynamic';

export const GET = controlRoute(async (db) => Response.json({ faults: await listFaults(db) }));

/** POST /sandbox/api/faults — sets one endpoint's fault (docs/sandbox.md gives the body). */
export const POST = controlRoute(async (db, request) => {
  const parsed = faultInputSchema.safeParse(await request.json());
  if (!parsed.success) {
    return Response.json(
      { error: 'Invalid fault.', issues: z.flattenError(parsed.error) },
      { status: 400 },
    );
  }
  const fault = await setFault(db, parsed.data);
  return Response.json({ fault, faults: await listFaults(db) });
});

/** DELETE /sandbox/api/faults[?endpoint=] — clears every fault, or one endpoint's. */
export const DELETE = controlRoute(async (db, request) => {
  const endpoint = new URL(request.url).searchParams.get('endpoint');
  const parsed = z
    .enum(SANDBOX_ENDPOINTS)
    .optional()
    .safeParse(endpoint ?? undefined);
  if (!parsed.success) {
    return Response.json(
      { error: `endpoint must be one of ${SANDBOX_ENDPOINTS.join(', ')}` },
      { status: 400 },
    );
  }
  await clearFaults(db, parsed.data);
  return Response.json({ faults: await listFaults(db) });
});
