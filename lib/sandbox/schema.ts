import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * The sandbox's own state, in the app's database but in tables of its own (prefixed `sandbox_`),
 * so several instances share it and a reset touches nothing else.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const sandboxEnovAccounts = pgTable('sandbox_enov_accounts', {
  id: serial('id').primaryKey(),
  login: text('login').notNull().unique(),
  // Stored lower-case: an email is matched whatever its case.
  email: text('email').notNull().unique(),
  phone: text('phone').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

export const sandboxEnovAppkeys = pgTable('sandbox_enov_appkeys', {
  id: serial('id').primaryKey(),
  accountId: integer('account_id')
    .notNull()
    .references(() => sandboxEnovAccounts.id, { onDelete: 'cascade' }),
  application: text('application').notNull(),
  appkey: text('appkey').notNull().unique(),
  createdAt: createdAt(),
});

export const sandboxEnovSessions = pgTable('sandbox_enov_sessions', {
  // SHA-256 of the cookie's token: a leaked table does not give sessions away.
  tokenHash: text('token_hash').primaryKey(),
  accountId: integer('account_id')
    .notNull()
    .references(() => sandboxEnovAccounts.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const sandboxEnovInvoices = pgTable(
  'sandbox_enov_invoices',
  {
    reference: text('reference').primaryKey(),
    idcontrat: text('idcontrat').notNull(),
    // dd/mm/yyyy as Enov sends it; `position` keeps the seed's order (oldest first).
    dateFacture: text('date_facture').notNull(),
    position: integer('position').notNull(),
    montant: integer('montant').notNull(),
    montantRegle: integer('montant_regle').notNull(),
    etat: integer('etat').notNull(),
  },
  (t) => [index('sandbox_enov_invoices_contract_idx').on(t.idcontrat, t.position)],
);

/** Every IPN received that passed validation; `applied` ones changed an invoice. */
export const sandboxEnovNotifications = pgTable(
  'sandbox_enov_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    refpaiement: text('refpaiement').notNull(),
    reference: text('reference').notNull(),
    montant: integer('montant').notNull(),
    datepaiement: text('datepaiement').notNull(),
    codestatut: text('codestatut').notNull(),
    libstatut: text('libstatut'),
    applied: boolean('applied').notNull(),
    // How many times this accepted notification was received again (at-least-once delivery).
    repeats: integer('repeats').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sandbox_enov_notifications_applied_ref_idx')
      .on(t.refpaiement)
      .where(sql`${t.applied}`),
    index('sandbox_enov_notifications_reference_idx').on(t.reference),
  ],
);

export const sandboxLovatTokens = pgTable('sandbox_lovat_tokens', {
  token: text('token').primaryKey(),
});

export const sandboxLovatReports = pgTable(
  'sandbox_lovat_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transactionId: text('transaction_id').notNull(),
    // Lower-cased: statuses are matched case-insensitively.
    status: text('status').notNull(),
    digital: boolean('digital').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    vat: jsonb('vat').$type<{ rate: number; amount: number; country: string } | null>(),
    repeats: integer('repeats').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sandbox_lovat_reports_tx_status_idx').on(t.transactionId, t.status)],
);

/** Text messages our app sent through the sandbox's SMS gateway, newest last. */
export const sandboxSmsMessages = pgTable('sandbox_sms_messages', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  to: text('to').notNull(),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

export const sandboxJournal = pgTable(
  'sandbox_journal',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    upstream: text('upstream').notNull(),
    endpoint: text('endpoint').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    request: jsonb('request').$type<unknown>(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').$type<unknown>(),
    fault: text('fault'),
    // Why the sandbox answered as it did when the body alone does not say (LOVAT's 400).
    note: text('note'),
  },
  (t) => [index('sandbox_journal_upstream_idx').on(t.upstream, t.id)],
);

export const sandboxFaults = pgTable('sandbox_faults', {
  endpoint: text('endpoint').primaryKey(),
  latencyMs: integer('latency_ms').notNull().default(0),
  failure: text('failure'),
  code: text('code'),
  rate: integer('rate_percent').notNull().default(100),
  hangMs: integer('hang_ms'),
  createdAt: createdAt(),
});

export type SandboxInvoiceRow = typeof sandboxEnovInvoices.$inferSelect;
export type SandboxFaultRow = typeof sandboxFaults.$inferSelect;
export type SandboxJournalRow = typeof sandboxJournal.$inferSelect;
