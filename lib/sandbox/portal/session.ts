import 'server-only';
import { cookies } from 'next/headers';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db';
import { accountForSession, createPortalSession, endPortalSession } from '../enov/accounts';

/** The portal's own session cookie: scoped to the portal, unrelated to anything else here. */
const COOKIE = 'enov_portal_session';
const PATH = '/sandbox/enov';

export async function currentPortalAccount() {
  if (!getConfig().sandbox) return undefined;
  const token = (await cookies()).get(COOKIE)?.value;
  return accountForSession(getDb(), token);
}

export async function startPortalSession(accountId: number): Promise<void> {
  const { token, expiresAt } = await createPortalSession(getDb(), accountId);
  (await cookies()).set(COOKIE, token, {
    path: PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().appUrl.startsWith('https:'),
    expires: expiresAt,
  });
}

export async function endCurrentPortalSession(): Promise<void> {
  const store = await cookies();
  await endPortalSession(getDb(), store.get(COOKIE)?.value);
  store.delete({ name: COOKIE, path: PATH });
}
