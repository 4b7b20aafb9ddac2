import type { AppConfig } from '@/lib/config-types';

/**
 * What Auth.js gets as its secret: the current one first (it signs every new cookie), then the
 * one it replaced, which only opens cookies signed before the rotation. Without a previous
 * secret, changing AUTH_SECRET signs every agent out at once.
 */
export function sessionSecrets(auth: Pick<AppConfig['auth'], 'secret' | 'previousSecret'>) {
  return auth.previousSecret ? [auth.secret, auth.previousSecret] : [auth.secret];
}
