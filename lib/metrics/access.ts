import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an `Authorization` header carries the metrics token. Closed when no token is
 * configured. Both sides are hashed first, so the comparison takes the same time whatever the
 * length or the first wrong character of what was sent.
 */
export function metricsAccessAllowed(
  authorization: string | null,
  token: string | undefined,
): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const sent = match?.[1] ?? '';
  // Compared even when absent, so a missing header costs what a wrong one does.
  const same = timingSafeEqual(digest(sent), digest(token));
  return same && match !== null;
}
