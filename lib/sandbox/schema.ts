import { sql } from 'drizzle-orm';
import {
  bigint,
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

/** Payments initialised on the CinetPay twin; transaction ids are unique per merchant site. */
export const sandboxCinetpayTransactions = pgTable(
  'sandbox_cinetpay_transactions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    siteId: text('site_id').notNull(),
    transactionId: text('transaction_id').notNull(),
    // The payment_token: names the guichet page and answers check by token.
    token: text('token').notNull().unique(),
    // The notification's `signature`: a token of its own, different from the payment token.
    signature: text('signature').notNull(),
    amount: integer('amount').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    metadata: text('metadata'),
    notifyUrl: text('notify_url').notNull(),
    returnUrl: text('return_url').notNull(),
    channels: text('channels').notNull(),
    // customer_* fields as sent (names without the prefix), invoice_data and lock_phone_number.
    customer: jsonb('customer').$type<Record<string, string>>().notNull(),
    invoiceData: jsonb('invoice_data').$type<Record<string, string> | null>(),
    lockPhoneNumber: boolean('lock_phone_number').notNull().default(false),
    lang: text('lang').notNull(),
    status: text('status').notNull().default('WAITING_FOR_CUSTOMER'),
    // What check answers now: 662 fresh, 623 pushed and waiting, 00, 600 or 627.
    code: text('code').notNull().default('662'),
    paymentMethod: text('payment_method'),
    operatorId: text('operator_id'),
    paymentDate: timestamp('payment_date', { withTimezone: true }),
    // "Pending then accepted": when the customer's confirmation arrives.
    acceptAt: timestamp('accept_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sandbox_cinetpay_transactions_site_tx_idx').on(t.siteId, t.transactionId)],
);

/** Every notification the twin posted (or, under a fault, did not) and what the merchant said. */
export const sandboxCinetpayNotifications = pgTable(
  'sandbox_cinetpay_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transactionRef: bigint('transaction_ref', { mode: 'number' })
      .notNull()
      .references(() => sandboxCinetpayTransactions.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    xToken: text('x_token'),
    // The merchant's HTTP status; null when nothing was sent or no answer came.
    responseStatus: integer('response_status'),
    error: text('error'),
    fault: text('fault'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_cinetpay_notifications_tx_idx').on(t.transactionRef, t.id)],
);

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
export type CinetpayTransactionRow = typeof sandboxCinetpayTransactions.$inferSelect;
export type CinetpayNotificationRow = typeof sandboxCinetpayNotifications.$inferSelect;
export type SandboxJournalRow = typeof sandboxJournal.$inferSelect;
