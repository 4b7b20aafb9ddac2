import { z } from 'zod';
import { faultInputSchema } from './fault-input';
import { FAILURES, SANDBOX_ENDPOINTS } from './faults-constants';

const wholeNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, key)
    .transform(Number)
    .pipe(z.number().min(min, key).max(max, key));

/**
 * The control page's fault form: text fields in, the control API's fault out, each problem as
 * a key of `Sandbox.errors` on its field.
 */
export const faultFormSchema = z
  .object({
    endpoint: z.enum(SANDBOX_ENDPOINTS, 'endpoint'),
    failure: z.enum(['', ...FAILURES], 'failure'),
    code: z.string().trim().optional(),
    latencyMs: z
      .string()
      .trim()
      .transform((v) => v || '0')
      .pipe(wholeNumber(0, 120_000, 'latencyMs')),
    rate: z
      .string()
      .trim()
      .transform((v) => v || '100')
      .pipe(wholeNumber(0, 100, 'rate')),
    hangMs: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || undefined)
      .pipe(wholeNumber(1, 600_000, 'hangMs').optional()),
  })
  .transform((f, ctx) => {
    const parsed = faultInputSchema.safeParse({
      endpoint: f.endpoint,
      latencyMs: f.latencyMs,
      ...(f.failure ? { failure: f.failure } : {}),
      ...(f.failure === 'code' ? { code: f.code ?? '' } : {}),
      rate: f.rate / 100,
      ...(f.failure === 'hang' && f.hangMs ? { hangMs: f.hangMs } : {}),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'code' ? 'code' : 'failure';
        // A failure the endpoint does not take (a notification fault on an answer, say).
        const key = issue.path[0] === 'failure' ? 'failureEndpoint' : field;
        ctx.addIssue({ code: 'custom', path: [field], message: key });
      }
      return z.NEVER;
    }
    return parsed.data;
  });
