import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an `Authorization` header carries `token` as a bearer token. Always false when no
 * token is configured (the route stays closed). Both sides are hashed first, so the comparison
 * takes the same time whatever the length or the first wrong character of what was sent.
 */
export function bearerTokenMatches(authorization: string | null, token: string | undefined) {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  // Compared even when absent, so a missing header costs what a wrong one does.
  const same = timingSafeEqual(digest(match?.[1] ?? ''), digest(token));
  return same && match !== null;
}
