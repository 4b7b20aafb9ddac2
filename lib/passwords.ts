import { createHash, randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes), in WebAssembly so it needs
 * no native build. Used by the sandbox's Enov accounts and by the agents' accounts.
 */
export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: 2,
    memorySize: 19_456,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

// An API call carries the password every time; verifying argon2 on each would cap an upstream
// at a few dozen calls a second. Remember the pairs already proven right, keyed by a digest of
// hash and password, so a changed password (a new hash) is never matched by a stale entry.
const proven = new Map<string, true>();
const PROVEN_MAX = 1_000;

export async function verifyPasswordCached(password: string, hash: string): Promise<boolean> {
  const key = createHash('sha256').update(hash).update('\0').update(password).digest('base64');
  if (proven.has(key)) return true;
  const ok = await verifyPassword(password, hash);
  if (ok) {
    if (proven.size >= PROVEN_MAX) proven.delete(proven.keys().next().value as string);
    proven.set(key, true);
  }
  return ok;
}
