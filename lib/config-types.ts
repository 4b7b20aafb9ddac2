/** The validated configuration's shape (parsed from the environment by config-schema.ts). */

import type { OpeningSlot } from './contact/insurer-hours';
import type { PhoneNumber } from './contact/phone-number';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  appUrl: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  /** Opens `GET /api/ops/backup` (PGlite's data folder, taken while running) to its bearer. */
  backupToken: string | undefined;
  sandbox: boolean;
  /**
   * Lets a client that is not on this machine use the sandbox's control API and journal
   * (`Authorization: Bearer …`); without it they answer only to loopback clients.
   */
  sandboxControlToken: string | undefined;
  /** Opens /api/metrics to a scraper sending `Authorization: Bearer …`; unset, it stays closed. */
  metricsToken: string | undefined;
  /** Proxies of ours in front of the app: how far forwarded client addresses are believed. */
  trustedProxyHops: number;
  enov: { baseUrl: string; login: string; appkey: string; password: string };
  lovat: { baseUrl: string; token: string; serviceCode: string };
  /** The SMS gateway that sends receipt links (its contract is ours: see docs/sandbox.md). */
  sms: { baseUrl: string; token: string };
  upstreamTimeoutMs: number;
  payments: {
    /** Who takes the money: `simulated` only runs with the sandbox (it takes none). */
    processor: 'simulated' | 'cinetpay';
    minAmount: number;
    walletApprovalTimeoutMs: number;
    walletApprovalDelayMs: number;
  };
  /** CinetPay's Checkout API (docs/specs/cinetpay.md); the sandbox's twin by default. */
  cinetpay: {
    baseUrl: string;
    apikey: string;
    siteId: string;
    secretKey: string;
    /** The key before a rotation ('' when none): still opens a notification's x-token. */
    previousSecretKey: string;
    /** How long a payment holds its invoices while the customer is on the guichet. */
    approvalMs: number;
  };
  /**
   * New checkouts per client and per contract in a window (each asks the insurer what is due),
   * and mobile-money pushes per contract (each holds the invoices until answered or expired).
   */
  checkoutLimit: {
    perClient: number;
    perContract: number;
    windowMs: number;
    walletPushesPerContract: number;
    walletPushWindowMs: number;
  };
  outbox: { pollMs: number; retryBaseMs: number; retryWindowMs: number; leaseMs: number };
  /** SIGTERM: all work done within graceMs; the first unreadyMs still listening, unready. */
  shutdown: { graceMs: number; unreadyMs: number };
  /** A checkout interrupted by a crash is finished (or failed) after this long. */
  recoveryAfterMs: number;
  /** Contract look-ups allowed per client and window: contract numbers are guessable. */
  lookupLimit: { max: number; windowMs: number };
  auth: {
    /** Signs new session cookies; previousSecret still opens the ones signed before a rotation. */
    secret: string;
    previousSecret: string | null;
    firstAdmin: { email: string; password: string; name: string };
    idleMs: number;
    maxAgeMs: number;
    /** Failed sign-ins allowed per account, and per client address, within `lockMs`. */
    maxFailures: number;
    maxClientFailures: number;
    lockMs: number;
  };
  /**
   * How customers reach the insurer, shown where a payment or a look-up needs a person. Server
   * configuration: pages pass it to `InsurerContact` as props. `sandbox`: some value is the
   * sandbox's made-up default, and the contact says so.
   */
  insurerContact: InsurerContact;
  logLevel: LogLevel;
}

export interface InsurerContact {
  phone: PhoneNumber;
  /** Null when no WhatsApp number is configured (optional with SANDBOX=off). */
  whatsapp: PhoneNumber | null;
  hours: OpeningSlot[];
  sandbox: boolean;
}
