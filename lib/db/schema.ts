import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Fixed-window counters shared by every app instance (contract look-ups, sign-in attempts),
 * so a limit holds however many processes serve the traffic.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('rate_limits_reset_at_idx').on(t.resetAt)],
);

export type RateLimitRow = typeof rateLimits.$inferSelect;

/**
 * A payment: written (with its idempotency key) before anything is charged, so a double click,
 * a reload or a retried request finds it instead of charging again.
 */
/**
 * The customer's billing details, for LOVAT; a hosted processor's card option needs the name
 * and surname too (and an email, which may be absent).
 */
export interface Billing {
  address: string;
  city: string;
  /** ISO 3166-1 alpha-3; CIV unless the customer says otherwise. */
  country: string;
  phone: string;
  name?: string;
  surname?: string;
  email?: string;
}

export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    /** Ours, shown on the receipt and sent to LOVAT: PAY-XXXXXXXXXX. */
    reference: text('reference').notNull().unique(),
    /** The receipt's unguessable URL token. */
    receiptToken: text('receipt_token').notNull().unique(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /** Digest of what was asked, to refuse the same key with other parameters. */
    requestHash: text('request_hash').notNull(),
    contractId: text('contract_id').notNull(),
    amount: integer('amount').notNull(),
    method: text('method').notNull(),
    /** Only ever a mask: 4242-****-****-4242 or +225 07 •• •• •• 01. */
    methodDetail: text('method_detail').notNull(),
    /** The wallet a mobile-money push went to (the processor polls it); null for cards. */
    walletNumber: text('wallet_number'),
    /** Who takes the money: `simulated` or `cinetpay` (lib/payments/processor.ts). */
    processor: text('processor').notNull().default('simulated'),
    /** The processor's own reference of the payment (CinetPay's payment token). */
    processorToken: text('processor_token'),
    /** Where the customer pays (CinetPay's guichet), for a reload or a double submission. */
    processorUrl: text('processor_url'),
    /** Answers without news so far, and when to ask the processor again (backoff). */
    processorChecks: integer('processor_checks').notNull().default(0),
    processorNextCheckAt: timestamp('processor_next_check_at', {
      withTimezone: true,
      mode: 'date',
    }),
    billing: jsonb('billing').$type<Billing>().notNull(),
    customerIp: text('customer_ip'),
    locale: text('locale').notNull(),
    state: text('state').notNull(),
    /** Given back so far (automatic refunds of invoices the insurer refused, agents' refunds). */
    refundedAmount: integer('refunded_amount').notNull().default(0),
    /** Taken back by the card network or the wallet operator (recorded by an agent). */
    chargedBackAmount: integer('charged_back_amount').notNull().default(0),
    /** Why a payment was declined, failed or needs an agent (a message key or upstream code). */
    stateReason: text('state_reason'),
    approvalExpiresAt: timestamp('approval_expires_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    capturedAt: timestamp('captured_at', { withTimezone: true, mode: 'date' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('payments_contract_idx').on(t.contractId, t.createdAt),
    index('payments_state_idx').on(t.state),
    index('payments_created_idx').on(t.createdAt),
    // The last line of defence of the money: nothing gives back more than was taken.
    check(
      'payments_reversed_within_amount',
      sql`${t.refundedAmount} >= 0 and ${t.chargedBackAmount} >= 0 and ${t.refundedAmount} + ${t.chargedBackAmount} <= ${t.amount}`,
    ),
  ],
);

/** What a payment pays on each invoice; one notification to Enov per row. */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    invoiceReference: text('invoice_reference').notNull(),
    position: integer('position').notNull(),
    amount: integer('amount').notNull(),
    /** Remaining due on the invoice when the customer chose to pay. */
    remainingBefore: integer('remaining_before').notNull(),
    /** Our payment reference for this invoice (Enov's `refpaiement`): one per invoice. */
    noticeReference: text('notice_reference').notNull().unique(),
    /** True while the payment may still charge or notify: one such payment per invoice. */
    inFlight: boolean('in_flight').notNull().default(true),
    insurerConfirmedAt: timestamp('insurer_confirmed_at', { withTimezone: true, mode: 'date' }),
    /** Enov's code when it refused this notice for good (02 to 06): the amount is refunded. */
    insurerRefusedCode: text('insurer_refused_code'),
    /**
     * How this invoice's money went back, once and for all: `agent_refund`, `insurer_refusal`
     * or `chargeback`, whichever came first. The payment's refunded and charged-back amounts
     * are the sums of these rows' amounts.
     */
    reversal: text('reversal'),
    reversedAt: timestamp('reversed_at', { withTimezone: true, mode: 'date' }),
    /** An agent refunded this invoice although the insurer had accepted its notice. */
    reversalOverrodeInsurer: boolean('reversal_overrode_insurer').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.paymentId, t.invoiceReference] }),
    check(
      'payment_allocations_reversal_known',
      sql`${t.reversal} is null or ${t.reversal} in ('agent_refund', 'insurer_refusal', 'chargeback')`,
    ),
    check(
      'payment_allocations_reversal_dated',
      sql`(${t.reversal} is null) = (${t.reversedAt} is null)`,
    ),
    uniqueIndex('payment_allocations_one_in_flight_idx')
      .on(t.invoiceReference)
      .where(sql`${t.inFlight}`),
  ],
);

/** Every state a payment went through, with when and why. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note'),
  },
  (t) => [index('payment_events_payment_idx').on(t.paymentId, t.id)],
);

/**
 * Messages to the insurer and to LOVAT, written in the same transaction as the capture so none
 * is lost, delivered at least once, retried with backoff, claimed with row locks so several
 * instances never deliver one message at the same time.
 */
// What a payment owes the upstreams (notices, reports, text messages), delivered by the worker.
// The SQL names are the first migration's; only the TypeScript names say "entry".
export const outboxEntries = pgTable(
  'outbox_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Unique per message: a retried capture cannot queue the same notice twice. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true, mode: 'date' }),
    /** Who is delivering it now: a claim expires, so a crashed instance's messages go on. */
    leaseToken: text('lease_token'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
    lastCode: text('last_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_payment_idx').on(t.paymentId),
  ],
);

/** Each try of each message: the timeline agents read. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entryId: bigint('message_id', { mode: 'number' })
      .notNull()
      .references(() => outboxEntries.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    outcome: text('outcome').notNull(),
    code: text('code'),
    message: text('message'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('delivery_attempts_message_idx').on(t.entryId, t.id)],
);

/**
 * What the processor told us about a payment, for agents: each notification (its token valid
 * or not), each verification and each return of the customer.
 */
export const processorEvents = pgTable(
  'processor_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null when the processor named a transaction we do not know. */
    paymentId: text('payment_id').references(() => payments.id, { onDelete: 'cascade' }),
    /** The transaction as the processor named it (our payment reference). */
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    tokenValid: boolean('token_valid'),
    /** What it came to: the processor's status or code, or our refusal. */
    outcome: text('outcome').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('processor_events_payment_idx').on(t.paymentId, t.id)],
);

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentAllocationRow = typeof paymentAllocations.$inferSelect;
export type OutboxEntry = typeof outboxEntries.$inferSelect;
