import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/open';
import { SANDBOX_SMS_TOKEN } from '@/lib/sms/constants';
import { sandboxSmsMessages } from '../schema';

/**
 * A stand-in SMS gateway (our own contract, documented in docs/sandbox.md): `POST
 * /sandbox/sms/api/send/{token}` with `{"to": "+225XXXXXXXXXX", "text": "…"}` answers 200
 * `{"id"}`, 401 for a wrong token, 400 for a bad number or text. Messages are kept for the
 * control API, like a mail catcher.
 */

export interface SmsAnswer {
  status: number;
  body: unknown;
  note?: string;
}

const E164_CI = /^\+225\d{10}$/;

export async function receiveSms(
  db: Db,
  input: { token: string; raw: string },
): Promise<SmsAnswer> {
  if (input.token !== SANDBOX_SMS_TOKEN) return { status: 401, body: { error: 'invalid token' } };
  let data: unknown;
  try {
    data = JSON.parse(input.raw);
  } catch {
    return { status: 400, body: { error: 'invalid JSON' } };
  }
  const { to, text } = (data ?? {}) as { to?: unknown; text?: unknown };
  if (typeof to !== 'string' || !E164_CI.test(to))
    return { status: 400, body: { error: 'to must be +225 followed by 10 digits' } };
  if (typeof text !== 'string' || text.length === 0 || text.length > 480)
    return { status: 400, body: { error: 'text must have 1 to 480 characters' } };
  const [row] = await db.insert(sandboxSmsMessages).values({ to, text }).returning();
  return { status: 200, body: { id: String(row!.id) } };
}

export async function listSms(db: Db, filter: { to?: string; limit?: number } = {}) {
  const rows = await db
    .select()
    .from(sandboxSmsMessages)
    .where(filter.to ? eq(sandboxSmsMessages.to, filter.to) : undefined)
    .orderBy(desc(sandboxSmsMessages.id))
    .limit(filter.limit ?? 100);
  return rows.map((r) => ({ id: r.id, at: r.createdAt.toISOString(), to: r.to, text: r.text }));
}
