import * as z from 'zod/mini';
import { faultInputSchema } from './fault-input';
import { FAILURES, SANDBOX_ENDPOINTS } from './faults-constants';

/** A whole number typed in a text field, `fallback` when left empty. */
const wholeNumber = (min: number, max: number, key: string, fallback?: string) =>
  z.pipe(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((v: string) => v || fallback || ''),
    ),
    z.pipe(
      z.string().check(z.regex(/^\d+$/, key)),
      z.pipe(z.transform(Number), z.number().check(z.minimum(min, key), z.maximum(max, key))),
    ),
  );

/**
 * The control page's fault form: text fields in, the control API's fault out, each problem as
 * a key of `Sandbox.errors` on its field.
 */
export const faultFormSchema = z.pipe(
  z.object({
    endpoint: z.enum(SANDBOX_ENDPOINTS, 'endpoint'),
    failure: z.enum(['', ...FAILURES], 'failure'),
    code: z.optional(z.string().check(z.trim())),
    latencyMs: wholeNumber(0, 120_000, 'latencyMs', '0'),
    rate: wholeNumber(0, 100, 'rate', '100'),
    hangMs: z.optional(
      z.pipe(
        z.string().check(z.trim()),
        z.transform((v: string, ctx) => {
          if (!v) return undefined;
          const ms = Number(v);
          if (/^\d+$/.test(v) && ms >= 1 && ms <= 600_000) return ms;
          ctx.issues.push({ code: 'custom', message: 'hangMs', input: v });
          return z.NEVER;
        }),
      ),
    ),
  }),
  z.transform((f, ctx) => {
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
        ctx.issues.push({ code: 'custom', path: [field], message: key, input: f });
      }
      return z.NEVER;
    }
    return parsed.data;
  }),
);
