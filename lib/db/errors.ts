/**
 * The constraint a statement violated, when it was a unique violation (SQLSTATE 23505), on
 * PostgreSQL and PGlite alike; drizzle may wrap the driver's error in `cause`.
 */
export function uniqueViolation(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const candidate = e as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === '23505') return String(candidate.constraint ?? 'unique');
    e = candidate.cause;
  }
  return undefined;
}
