import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '@/lib/db/open';
import type { Failure, SandboxEndpoint } from './faults-constants';
import type { faultInputSchema } from './fault-input';
import { sandboxFaults, type SandboxFaultRow } from './schema';

export interface Fault {
  endpoint: SandboxEndpoint;
  latencyMs: number;
  failure?: Failure;
  code?: string;
  rate: number;
  hangMs?: number;
}

function toFault(row: SandboxFaultRow): Fault {
  return {
    endpoint: row.endpoint as SandboxEndpoint,
    latencyMs: row.latencyMs,
    ...(row.failure ? { failure: row.failure as Failure } : {}),
    ...(row.code ? { code: row.code } : {}),
    rate: row.rate / 100,
    ...(row.hangMs ? { hangMs: row.hangMs } : {}),
  };
}

/** Sets (or replaces) the fault of one endpoint. */
export async function setFault(db: Db, input: z.output<typeof faultInputSchema>): Promise<Fault> {
  const values = {
    endpoint: input.endpoint,
    latencyMs: input.latencyMs,
    failure: input.failure ?? null,
    code: input.failure === 'code' ? (input.code ?? null) : null,
    rate: Math.round(input.rate * 100),
    hangMs: input.hangMs ?? null,
  };
  const [row] = await db
    .insert(sandboxFaults)
    .values(values)
    .onConflictDoUpdate({ target: sandboxFaults.endpoint, set: values })
    .returning();
  return toFault(row!);
}

export async function listFaults(db: Db): Promise<Fault[]> {
  return (await db.select().from(sandboxFaults).orderBy(sandboxFaults.endpoint)).map(toFault);
}

export async function faultFor(db: Db, endpoint: SandboxEndpoint): Promise<Fault | undefined> {
  const [row] = await db.select().from(sandboxFaults).where(eq(sandboxFaults.endpoint, endpoint));
  return row ? toFault(row) : undefined;
}

export async function clearFaults(db: Db, endpoint?: SandboxEndpoint): Promise<void> {
  if (endpoint) await db.delete(sandboxFaults).where(eq(sandboxFaults.endpoint, endpoint));
  else await db.delete(sandboxFaults);
}

/** Whether this call fails, given the fault's rate. */
export function rollFailure(fault: Fault | undefined, random = Math.random): Failure | undefined {
  if (!fault?.failure) return undefined;
  return random() < fault.rate ? fault.failure : undefined;
}
