import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config-schema';
import { sessionSecrets } from './session-secrets';

const OLD = 'old-secret-0123456789-0123456789-abcdef';
const NEW = 'new-secret-0123456789-0123456789-abcdef';
// Auth.js salts with the cookie's name.
const salt = 'authjs.session-token';
const token = { sub: 'agent-1', sid: 'session-1' };

describe('rotating AUTH_SECRET', () => {
  it('keeps the sessions signed with the previous secret, and signs new ones with the new', async () => {
    const secrets = sessionSecrets(
      parseConfig({ AUTH_SECRET: NEW, AUTH_SECRET_PREVIOUS: OLD }).auth,
    );
    const before = await encode({ token, secret: OLD, salt });
    expect(await decode({ token: before, secret: secrets, salt })).toMatchObject(token);
    const after = await encode({ token, secret: secrets, salt });
    expect(await decode({ token: after, secret: NEW, salt })).toMatchObject(token);
    await expect(decode({ token: after, secret: OLD, salt })).rejects.toThrow();
  });

  it('without a previous secret, a session signed with another secret is refused', async () => {
    const secrets = sessionSecrets(parseConfig({ AUTH_SECRET: NEW }).auth);
    expect(secrets).toEqual([NEW]);
    const before = await encode({ token, secret: OLD, salt });
    await expect(decode({ token: before, secret: secrets, salt })).rejects.toThrow();
  });

  it('asks as much of the previous secret as of the current one', () => {
    expect(() => parseConfig({ AUTH_SECRET: NEW, AUTH_SECRET_PREVIOUS: 'short' })).toThrow(
      /AUTH_SECRET_PREVIOUS must be at least 32 characters/,
    );
  });
});
