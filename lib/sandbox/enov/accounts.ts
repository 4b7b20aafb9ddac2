import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { hashPassword, verifyPassword, verifyPasswordCached } from '@/lib/passwords';
import { sandboxEnovAccounts, sandboxEnovAppkeys, sandboxEnovSessions } from '../schema';

export type EnovAccount = typeof sandboxEnovAccounts.$inferSelect;
export type EnovAppkey = typeof sandboxEnovAppkeys.$inferSelect;

/** The account a login names: its user name, or its email in any case. */
export async function findAccount(db: Db, login: string): Promise<EnovAccount | undefined> {
  const [account] = await db.select().from(sandboxEnovAccounts).where(namedBy(login)).limit(1);
  return account;
}

const namedBy = (login: string) =>
  or(eq(sandboxEnovAccounts.login, login), eq(sandboxEnovAccounts.email, login.toLowerCase()));

/** Checks the three API credentials together, as Enov does: any wrong one is code -1. */
export async function authenticateApi(
  db: Db,
  creds: { login: string; password: string; appkey: string },
): Promise<boolean> {
  if (!creds.login || !creds.password || !creds.appkey) return false;
  // The account and its key in one query: this runs on every API call.
  const [account] = await db
    .select({ passwordHash: sandboxEnovAccounts.passwordHash })
    .from(sandboxEnovAccounts)
    .innerJoin(sandboxEnovAppkeys, eq(sandboxEnovAppkeys.accountId, sandboxEnovAccounts.id))
    .where(and(namedBy(creds.login), eq(sandboxEnovAppkeys.appkey, creds.appkey)))
    .limit(1);
  return !!account && (await verifyPasswordCached(creds.password, account.passwordHash));
}

export function newAppkey(): string {
  return `ak_${randomBytes(12).toString('hex')}`;
}

export type RegisterResult =
  { ok: true; accountId: number } | { ok: false; taken: 'login' | 'email' };

export async function registerAccount(
  db: Db,
  input: { login: string; email: string; phone: string; password: string },
): Promise<RegisterResult> {
  const email = input.email.toLowerCase();
  const clash = await db
    .select({ login: sandboxEnovAccounts.login, email: sandboxEnovAccounts.email })
    .from(sandboxEnovAccounts)
    .where(or(eq(sandboxEnovAccounts.login, input.login), eq(sandboxEnovAccounts.email, email)));
  if (clash.some((c) => c.login === input.login)) return { ok: false, taken: 'login' };
  if (clash.length > 0) return { ok: false, taken: 'email' };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sandboxEnovAccounts)
      .values({ login: input.login, email, phone: input.phone, passwordHash })
      .onConflictDoNothing()
      .returning({ id: sandboxEnovAccounts.id });
    if (!row) return { ok: false, taken: 'login' } as const;
    // A new account gets its first App Key at once, as the original portal shows one on sign-up.
    await tx
      .insert(sandboxEnovAppkeys)
      .values({ accountId: row.id, application: 'Application 1', appkey: newAppkey() });
    return { ok: true, accountId: row.id } as const;
  });
}

export async function checkPortalLogin(
  db: Db,
  login: string,
  password: string,
): Promise<EnovAccount | undefined> {
  const account = await findAccount(db, login);
  if (!account) {
    // Spend the same time as a real check, so timing does not tell which accounts exist.
    await verifyPassword(password, DUMMY_HASH);
    return undefined;
  }
  return (await verifyPassword(password, account.passwordHash)) ? account : undefined;
}

const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$1lAkoFZinP63+hH58qI9rA$8foZQFiXsSMvKjdDudmzoOeRGaX+9po/VPKFHX30/5w';

export async function changePassword(
  db: Db,
  accountId: number,
  current: string,
  next: string,
): Promise<boolean> {
  const [account] = await db
    .select()
    .from(sandboxEnovAccounts)
    .where(eq(sandboxEnovAccounts.id, accountId));
  if (!account || !(await verifyPassword(current, account.passwordHash))) return false;
  await db
    .update(sandboxEnovAccounts)
    .set({ passwordHash: await hashPassword(next) })
    .where(eq(sandboxEnovAccounts.id, accountId));
  return true;
}

export async function listAppkeys(db: Db, accountId: number): Promise<EnovAppkey[]> {
  return db
    .select()
    .from(sandboxEnovAppkeys)
    .where(eq(sandboxEnovAppkeys.accountId, accountId))
    .orderBy(sandboxEnovAppkeys.id);
}

export async function createAppkey(db: Db, accountId: number, application: string) {
  const [row] = await db
    .insert(sandboxEnovAppkeys)
    .values({ accountId, application, appkey: newAppkey() })
    .returning();
  return row;
}

// --- Portal sessions: a random token in a cookie, its SHA-256 in the table. ---

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createPortalSession(db: Db, accountId: number) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sandboxEnovSessions).values({ tokenHash: digest(token), accountId, expiresAt });
  return { token, expiresAt };
}

export async function accountForSession(db: Db, token: string | undefined) {
  if (!token) return undefined;
  const [row] = await db
    .select({ account: sandboxEnovAccounts })
    .from(sandboxEnovSessions)
    .innerJoin(sandboxEnovAccounts, eq(sandboxEnovAccounts.id, sandboxEnovSessions.accountId))
    .where(
      and(
        eq(sandboxEnovSessions.tokenHash, digest(token)),
        gt(sandboxEnovSessions.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return row?.account;
}

export async function endPortalSession(db: Db, token: string | undefined): Promise<void> {
  if (token)
    await db.delete(sandboxEnovSessions).where(eq(sandboxEnovSessions.tokenHash, digest(token)));
}
