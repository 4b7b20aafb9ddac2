import type { z } from 'zod';
import sandboxSeed from './sandbox/seed.json';
import type { AppConfig, LogLevel } from './config-types';
import { SANDBOX_SMS_TOKEN } from './sms/constants';
import { envSchema } from './config-env';
import { parseOpeningHours } from './contact/insurer-hours';
import { parsePhoneNumber } from './contact/phone-number';

export type { AppConfig } from './config-types';

/**
 * The environment (each variable checked in lib/config-env.ts) made into the app's
 * configuration, failing closed in production. Pure (no `server-only`) so the start-up script
 * and the tests can use it; the app reads it through `lib/config.ts`. Defaults make a local run
 * work with nothing set: the embedded database and the sandbox.
 */

// The sandbox's seeded account and token: the defaults while SANDBOX=on.
const seedAccount = sandboxSeed.enov.accounts[0]!;
const SANDBOX_ENOV = {
  login: seedAccount.login,
  appkey: seedAccount.appkeys[0]!.appkey,
  password: seedAccount.password,
};
const SANDBOX_LOVAT_TOKEN = sandboxSeed.lovat.tokens[0]!;
const SANDBOX_CINETPAY = sandboxSeed.cinetpay;

// Known to anyone who reads the README: only ever used while SANDBOX=on (a local or demo run).
export const DEV_ADMIN = { email: 'admin@lalo.test', password: 'Admin-Sandbox-2026' };
const DEV_AUTH_SECRET = 'lalo-sandbox-only-auth-secret-not-for-production';

// A production deployment (real upstreams) must not run on the documented defaults.
const REQUIRED_IN_PRODUCTION = [
  'SMS_BASE_URL',
  'SMS_TOKEN',
  'AUTH_SECRET',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
] as const;

const REQUIRED_FOR_CINETPAY = [
  'CINETPAY_BASE_URL',
  'CINETPAY_APIKEY',
  'CINETPAY_SITE_ID',
  'CINETPAY_SECRET_KEY',
] as const;

const REQUIRED_FOR_REAL_UPSTREAMS = [
  'ENOV_BASE_URL',
  'ENOV_LOGIN',
  'ENOV_APPKEY',
  'ENOV_PASSWORD',
  'LOVAT_BASE_URL',
  'LOVAT_TOKEN',
] as const;

/**
 * What a customer is shown to reach the insurer while the sandbox is on. Made up, and marked so
 * on every page and PDF that shows them; with SANDBOX=off they are never used (see parseConfig).
 */
export const SANDBOX_INSURER_CONTACT = {
  phone: '+225 27 20 00 00 00',
  whatsapp: '+225 07 00 00 00 00',
  hours: 'lun-ven 08:00-17:00; sam 08:00-12:00',
};

// Customers are told to call: with real upstreams, never a made-up number. WhatsApp is optional.
const REQUIRED_INSURER_CONTACT = ['INSURER_PHONE', 'INSURER_HOURS'] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? 'environment');
  const raw = env[name];
  const shown =
    raw === undefined || /PASSWORD|TOKEN|APPKEY|SECRET/.test(name) ? '' : ` (got "${raw}")`;
  return `${name} ${issue.message}${shown}`;
}

/** Parses the environment; throws a one-line ConfigError naming each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => describeIssue(i, env));
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See .env.example.`);
  }
  const e = parsed.data;
  if (e.SANDBOX === undefined && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration: SANDBOX must be set in production: "off" for real upstreams and money, "on" only for a demo (simulated money, documented passwords). See .env.example.',
    );
  }
  if (env.OUTBOX_LEASE_MS && e.OUTBOX_LEASE_MS <= 2 * e.UPSTREAM_TIMEOUT_MS) {
    // A lease that ends mid-delivery lets a second instance send the same message meanwhile.
    throw new ConfigError(
      `Invalid configuration: OUTBOX_LEASE_MS must be more than twice UPSTREAM_TIMEOUT_MS (${e.UPSTREAM_TIMEOUT_MS}). See .env.example.`,
    );
  }
  const sandbox = (e.SANDBOX ?? 'on') === 'on';
  if (!sandbox) {
    const missing = [
      ...REQUIRED_FOR_REAL_UPSTREAMS,
      ...REQUIRED_IN_PRODUCTION,
      ...(e.PAYMENT_PROCESSOR === 'simulated' ? [] : REQUIRED_FOR_CINETPAY),
    ].filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration: SANDBOX=off needs real upstreams and production secrets, but ${missing.join(', ')} ${
          missing.length > 1 ? 'are' : 'is'
        } not set. See .env.example.`,
      );
    }
  }
  if (!sandbox) {
    const missing = REQUIRED_INSURER_CONTACT.filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid configuration: SANDBOX=off needs the insurer's contact shown to customers, but ${missing.join(', ')} ${
          missing.length > 1 ? 'are' : 'is'
        } not set (a made-up number must never reach a customer). See .env.example.`,
      );
    }
  }
  const processor = e.PAYMENT_PROCESSOR ?? (sandbox ? 'simulated' : 'cinetpay');
  // The simulated processor approves made-up cards: real insurer notices must never follow.
  if (!sandbox && processor === 'simulated') {
    throw new ConfigError(
      'Invalid configuration: SANDBOX=off needs a real payment processor, but PAYMENT_PROCESSOR is "simulated": it approves made-up cards and takes no money. See .env.example.',
    );
  }
  const appUrl = e.APP_URL ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    appUrl,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dir: e.PGLITE_DIR ?? '.data/pglite' },
    backupToken: e.BACKUP_TOKEN,
    sandbox,
    sandboxControlToken: e.SANDBOX_CONTROL_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    enov: {
      baseUrl: e.ENOV_BASE_URL ?? `${appUrl}/sandbox/enov`,
      login: e.ENOV_LOGIN ?? SANDBOX_ENOV.login,
      appkey: e.ENOV_APPKEY ?? SANDBOX_ENOV.appkey,
      password: e.ENOV_PASSWORD ?? SANDBOX_ENOV.password,
    },
    lovat: {
      baseUrl: e.LOVAT_BASE_URL ?? `${appUrl}/sandbox/lovat`,
      token: e.LOVAT_TOKEN ?? SANDBOX_LOVAT_TOKEN,
      serviceCode: e.LOVAT_SERVICE_CODE ?? '21',
    },
    sms: {
      baseUrl: e.SMS_BASE_URL ?? `${appUrl}/sandbox/sms`,
      token: e.SMS_TOKEN ?? SANDBOX_SMS_TOKEN,
    },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    payments: {
      processor,
      minAmount: e.PAYMENT_MIN_AMOUNT,
      walletApprovalTimeoutMs: e.WALLET_APPROVAL_TIMEOUT_MS,
      walletApprovalDelayMs: e.WALLET_APPROVAL_DELAY_MS,
    },
    lookupLimit: { max: e.LOOKUP_RATE_LIMIT, windowMs: e.LOOKUP_RATE_WINDOW_S * 1000 },
    cinetpay: {
      baseUrl: e.CINETPAY_BASE_URL ?? `${appUrl}/sandbox/cinetpay`,
      apikey: e.CINETPAY_APIKEY ?? SANDBOX_CINETPAY.apikey,
      siteId: e.CINETPAY_SITE_ID ?? SANDBOX_CINETPAY.site_id,
      secretKey: e.CINETPAY_SECRET_KEY ?? SANDBOX_CINETPAY.secret_key,
      previousSecretKey: e.CINETPAY_SECRET_KEY_PREVIOUS ?? '',
      approvalMs: e.CINETPAY_APPROVAL_MINUTES * 60_000,
    },
    checkoutLimit: {
      perClient: e.CHECKOUT_CLIENT_LIMIT,
      perContract: e.CHECKOUT_CONTRACT_LIMIT,
      windowMs: e.CHECKOUT_WINDOW_S * 1000,
      walletPushesPerContract: e.WALLET_PUSHES_PER_CONTRACT,
      walletPushWindowMs: e.WALLET_PUSH_WINDOW_S * 1000,
    },
    recoveryAfterMs: e.RECOVERY_AFTER_MS,
    outbox: {
      pollMs: e.OUTBOX_POLL_MS,
      retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
      retryWindowMs: e.OUTBOX_RETRY_WINDOW_MS,
      leaseMs: e.OUTBOX_LEASE_MS,
    },
    shutdown: { graceMs: e.SHUTDOWN_GRACE_MS, unreadyMs: e.SHUTDOWN_UNREADY_MS },
    auth: {
      secret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
      previousSecret: e.AUTH_SECRET_PREVIOUS ?? null,
      firstAdmin: {
        email: (e.ADMIN_EMAIL ?? DEV_ADMIN.email).toLowerCase(),
        password: e.ADMIN_PASSWORD ?? DEV_ADMIN.password,
        name: e.ADMIN_NAME ?? 'Administrateur',
      },
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      maxAgeMs: e.SESSION_MAX_HOURS * 3_600_000,
      maxFailures: e.SIGNIN_MAX_FAILURES,
      maxClientFailures: e.SIGNIN_CLIENT_MAX_FAILURES,
      lockMs: e.SIGNIN_LOCK_MINUTES * 60_000,
    },
    insurerContact: insurerContact(e, sandbox),
    logLevel: (e.LOG_LEVEL ?? 'info') as LogLevel,
  };
}

function insurerContact(
  e: { INSURER_PHONE?: string; INSURER_WHATSAPP?: string; INSURER_HOURS?: string },
  sandbox: boolean,
): AppConfig['insurerContact'] {
  // With the sandbox on, a value left unset is the sandbox's: the whole contact is then marked.
  const fallback = sandbox ? SANDBOX_INSURER_CONTACT : undefined;
  const phone = e.INSURER_PHONE ?? fallback?.phone;
  const whatsapp = e.INSURER_WHATSAPP ?? fallback?.whatsapp;
  const hours = e.INSURER_HOURS ?? fallback?.hours;
  // Checked above: SANDBOX=off without a phone or hours never gets here.
  if (phone === undefined || hours === undefined) throw new ConfigError('insurer contact missing');
  return {
    phone: parsePhoneNumber(phone)!,
    whatsapp: whatsapp === undefined ? null : parsePhoneNumber(whatsapp)!,
    hours: parseOpeningHours(hours)!,
    sandbox: sandbox && (!e.INSURER_PHONE || !e.INSURER_HOURS || !e.INSURER_WHATSAPP),
  };
}
