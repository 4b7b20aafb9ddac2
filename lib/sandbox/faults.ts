import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/open';
import { isEnovCode } from '@/lib/enov/codes';
import { isForcibleCinetpayCode } from './cinetpay/codes';
import {
  FAILURES,
  failuresFor,
  SANDBOX_ENDPOINTS,
  type Failure,
  type SandboxEndpoint,
} from './faults-constants';
import { sandboxFaults, type SandboxFaultRow } from './schema';

export { FAILURES, failuresFor, SANDBOX_ENDPOINTS, type Failure, type SandboxEndpoint };

/** Whether a fault may force this code on this endpoint, and what to say when it may not. */
function codeProblem(endpoint: SandboxEndpoint, code: string | undefined): string | undefined {
  const given = code ?? '';
  if (endpoint === 'lovat') {
    return /^[45]\d\d$/.test(given)
      ? undefined
      : 'an HTTP status from 400 to 599 is required with failure "code" on lovat';
  }
  if (endpoint === 'cinetpay_init' || endpoint === 'cinetpay_check') {
    return isForcibleCinetpayCode(given)
      ? undefined
      : 'a CinetPay error code (403, 429, 600 to 664, 804 to 812) is required with failure "code"';
  }
  return isEnovCode(given) && given !== '00'
    ? undefined
    : 'an Enov error code (-1, -2, 02 to 08) is required with failure "code"';
}

export const faultInputSchema = z
  .object({
    endpoint: z.enum(SANDBOX_ENDPOINTS),
    latencyMs: z.number().int().min(0).max(120_000).default(0),
    failure: z.enum(FAILURES).optional(),
    code: z.union([z.string(), z.number()]).transform(String).optional(),
    rate: z.number().min(0).max(1).default(1),
    hangMs: z.number().int().min(1).max(600_000).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.failure && !failuresFor(f.endpoint).includes(f.failure)) {
      ctx.addIssue({
        code: 'custom',
        path: ['failure'],
        message: `${f.endpoint} takes the failures ${failuresFor(f.endpoint).join(', ')}`,
      });
    }
    const problem = f.failure === 'code' ? codeProblem(f.endpoint, f.code) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['code'], message: problem });
    if (!f.failure && f.latencyMs === 0) {
      ctx.addIssue({ code: 'custom', message: 'give a failure, a latencyMs, or both' });
    }
  });

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
