import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Support agents and admins who sign in to the agent area. */
export const agents = pgTable(
  'agents',
  {
    id: text('id').primaryKey(),
    /** Stored lower-cased and trimmed: one account per address whatever the user types. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<'agent' | 'admin'>().notNull(),
    passwordHash: text('password_hash').notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
  },
  (t) => [uniqueIndex('agents_email_idx').on(t.email)],
);

/**
 * One row per sign-in. The session cookie (a JWT) only names its row: a session ends for real
 * when the row is revoked (sign-out, disabled agent, password reset) or expires, whatever the
 * cookie says.
 */
export const agentSessions = pgTable(
  'agent_sessions',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    clientIp: text('client_ip'),
  },
  (t) => [index('agent_sessions_agent_idx').on(t.agentId)],
);

/** Who did what, when and why: every agent action and every change to an account. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: text('reason'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** The form's one-time id: a second submission of the same form finds it and does nothing. */
    requestId: text('request_id').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_request_idx').on(t.requestId),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);

export type AgentRow = typeof agents.$inferSelect;
export type AgentSessionRow = typeof agentSessions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type AgentRole = AgentRow['role'];
