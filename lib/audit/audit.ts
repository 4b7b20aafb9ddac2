import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '@/lib/auth/schema';
import { inTransaction, type Db } from '@/lib/db/open';
import type { OperationResult } from '@/lib/payments/agent-operations';

export const AUDIT_ACTIONS = [
  'payment.refund',
  'payment.chargeback',
  'delivery.retry',
  'receipt.resend',
  'agent.create',
  'agent.disable',
  'agent.enable',
  'agent.reset_password',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** The form's one-time id: the same form sent twice is done once. */
  requestId: string;
  actor: { id: string; email: string };
  action: AuditAction;
  targetType: 'payment' | 'delivery' | 'agent';
  targetId: string;
  reason?: string | null;
}

export type AuditedResult =
  | { status: 'done'; detail: Record<string, unknown> }
  | { status: 'duplicate' }
  | { status: 'refused'; reason: string; detail?: Record<string, unknown> };

class Refused extends Error {
  constructor(readonly result: Extract<OperationResult, { ok: false }>) {
    super(result.reason);
  }
}

/**
 * Runs an agent's operation and its audit entry in one transaction: both happen or neither.
 * The entry is written first, under a unique request id, so a second submission of the same
 * form (a double click, a replayed request, another instance) waits for the first and then
 * finds it done; a refused operation rolls its entry back.
 */
export async function audited(
  db: Db,
  entry: AuditEntry,
  operation: (tx: Db) => Promise<OperationResult>,
): Promise<AuditedResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const [row] = await tx
        .insert(auditLog)
        .values({
          requestId: entry.requestId,
          actorId: entry.actor.id,
          actorEmail: entry.actor.email,
          action: entry.action,
          targetType: entry.targetType,
          targetId: entry.targetId,
          reason: entry.reason || null,
        })
        .onConflictDoNothing()
        .returning({ id: auditLog.id });
      if (!row) return { status: 'duplicate' as const };
      const result = await operation(tx);
      if (!result.ok) throw new Refused(result);
      await tx.update(auditLog).set({ detail: result.detail }).where(eq(auditLog.id, row.id));
      return { status: 'done' as const, detail: result.detail };
    });
  } catch (error) {
    if (error instanceof Refused)
      return { status: 'refused', reason: error.result.reason, detail: error.result.detail };
    throw error;
  }
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetId?: string;
  /** Keyset pagination: entries older than this id. */
  before?: number;
  limit?: number;
}

export async function auditEntries(db: Db, filter: AuditFilter) {
  const where: SQL[] = [];
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.before) where.push(lt(auditLog.id, filter.before));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 50);
}
