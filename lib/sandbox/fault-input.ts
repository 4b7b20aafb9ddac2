import * as z from 'zod/mini';
import { isEnovCode } from '@/lib/enov/codes';
import { isForcibleCinetpayCode } from './cinetpay/codes';
import { FAILURES, failuresFor, SANDBOX_ENDPOINTS, type SandboxEndpoint } from './faults-constants';

/*
 * A fault as the control API takes it. Apart from the faults' storage (faults.ts) because the
 * control page's form checks it in the browser too (fault-form.ts).
 */

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
  .strictObject({
    endpoint: z.enum(SANDBOX_ENDPOINTS),
    latencyMs: z._default(z.int().check(z.minimum(0), z.maximum(120_000)), 0),
    failure: z.optional(z.enum(FAILURES)),
    code: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))),
    rate: z._default(z.number().check(z.minimum(0), z.maximum(1)), 1),
    hangMs: z.optional(z.int().check(z.minimum(1), z.maximum(600_000))),
  })
  .check(
    z.superRefine((f, ctx) => {
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
    }),
  );
