import { z } from 'zod';
import { parseOpeningHours } from './contact/insurer-hours';
import { parsePhoneNumber } from './contact/phone-number';

/**
 * Every environment variable the server reads, each checked on its own: its type, its range,
 * its default. How they combine (what production requires, what the sandbox fills in) is
 * lib/config-schema.ts's.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), 'must be an http(s) URL')
  .transform((v) => v.replace(/\/+$/, ''));

const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) <= max, {
      message: `must be a whole number between 1 and ${max}`,
    })
    .transform(Number);

const wholeNumber = (fallback: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .refine((v) => /^\d+$/.test(v) && Number(v) <= max, {
      message: `must be a whole number between 0 and ${max}`,
    })
    .transform(Number);

const phoneNumber = optionalString.refine((v) => v === undefined || parsePhoneNumber(v) !== null, {
  message: 'must be an international number: "+", the country code and 8 to 15 digits in all',
});

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: positiveInt(3000, 65535),
  APP_URL: httpUrl.optional(),
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v),
    'must be a postgres:// or postgresql:// URL',
  ),
  PGLITE_DIR: optionalString.default('.data/pglite'),
  BACKUP_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 24, {
    message: 'must be at least 24 characters',
  }),
  // No default here: production must say which (see parseConfig).
  SANDBOX: optionalString.refine(
    (v) => v === undefined || v === 'on' || v === 'off',
    'must be "on" or "off"',
  ),
  SANDBOX_CONTROL_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 24, {
    message: 'must be at least 24 characters',
  }),
  METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 24, {
    message: 'must be at least 24 characters',
  }),
  // No default here: it depends on SANDBOX (see parseConfig).
  PAYMENT_PROCESSOR: optionalString.refine(
    (v) => v === undefined || v === 'simulated' || v === 'cinetpay',
    'must be "simulated" or "cinetpay"',
  ),
  CINETPAY_BASE_URL: httpUrl.optional(),
  CINETPAY_APIKEY: optionalString,
  CINETPAY_SITE_ID: optionalString.refine((v) => v === undefined || /^\d{1,20}$/.test(v), {
    message: 'must be the digits of your CinetPay site id',
  }),
  CINETPAY_SECRET_KEY: optionalString,
  // The key CINETPAY_SECRET_KEY replaced: notifications signed with it are still taken as
  // hints during a rotation (docs/operations.md, "Rotating secrets").
  CINETPAY_SECRET_KEY_PREVIOUS: optionalString,
  CINETPAY_APPROVAL_MINUTES: positiveInt(30, 24 * 60),
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10),
  ENOV_BASE_URL: httpUrl.optional(),
  ENOV_LOGIN: optionalString,
  ENOV_APPKEY: optionalString,
  ENOV_PASSWORD: optionalString,
  LOVAT_BASE_URL: httpUrl.optional(),
  LOVAT_TOKEN: optionalString,
  SMS_BASE_URL: httpUrl.optional(),
  SMS_TOKEN: optionalString,
  LOVAT_SERVICE_CODE: optionalString
    .default('21')
    .refine((v) => /^\d{1,2}$/.test(v ?? '') && Number(v) >= 1 && Number(v) <= 21, {
      message: 'must be a LOVAT service code from 1 to 21',
    }),
  UPSTREAM_TIMEOUT_MS: positiveInt(10_000, 120_000),
  PAYMENT_MIN_AMOUNT: positiveInt(100, 100_000_000),
  // Bounded: an unanswered push holds the customer's invoices until it expires.
  WALLET_APPROVAL_TIMEOUT_MS: positiveInt(90_000, 300_000),
  WALLET_APPROVAL_DELAY_MS: positiveInt(3_000, 600_000),
  LOOKUP_RATE_LIMIT: positiveInt(30, 1_000_000),
  LOOKUP_RATE_WINDOW_S: positiveInt(60, 86_400),
  CHECKOUT_CLIENT_LIMIT: positiveInt(10, 1_000_000),
  CHECKOUT_CONTRACT_LIMIT: positiveInt(20, 1_000_000),
  CHECKOUT_WINDOW_S: positiveInt(600, 86_400),
  WALLET_PUSHES_PER_CONTRACT: positiveInt(3, 1_000_000),
  WALLET_PUSH_WINDOW_S: positiveInt(3_600, 86_400),
  OUTBOX_POLL_MS: positiveInt(1_000, 600_000),
  OUTBOX_RETRY_BASE_MS: positiveInt(5_000, 3_600_000),
  RECOVERY_AFTER_MS: positiveInt(60_000, 3_600_000),
  // How long a claimed message is this instance's alone: after a crash (SIGKILL), another
  // instance delivers it once the lease runs out. Longer than any delivery (checked below).
  OUTBOX_LEASE_MS: positiveInt(60_000, 3_600_000),
  OUTBOX_RETRY_WINDOW_MS: positiveInt(24 * 60 * 60 * 1000, 30 * 24 * 60 * 60 * 1000),
  // What SIGTERM leaves the instance to finish its work, and how long it stays reachable but
  // unready first (docs/operations.md, "Restarts").
  SHUTDOWN_GRACE_MS: positiveInt(20_000, 600_000),
  SHUTDOWN_UNREADY_MS: wholeNumber(0, 600_000),
  AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (e.g. `openssl rand -base64 32`)',
  }),
  // The secret AUTH_SECRET replaced: sessions signed with it stay valid until they expire
  // (docs/operations.md, "Rotating secrets"). Never used to sign.
  AUTH_SECRET_PREVIOUS: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (the AUTH_SECRET it replaces)',
  }),
  ADMIN_EMAIL: optionalString.refine((v) => v === undefined || z.email().safeParse(v).success, {
    message: 'must be an email address',
  }),
  ADMIN_PASSWORD: optionalString.refine((v) => v === undefined || v.length >= 12, {
    message: 'must be at least 12 characters',
  }),
  ADMIN_NAME: optionalString.default('Administrateur'),
  SESSION_IDLE_MINUTES: positiveInt(30, 24 * 60),
  SESSION_MAX_HOURS: positiveInt(10, 7 * 24),
  SIGNIN_MAX_FAILURES: positiveInt(5, 1_000),
  SIGNIN_CLIENT_MAX_FAILURES: positiveInt(20, 100_000),
  SIGNIN_LOCK_MINUTES: positiveInt(15, 24 * 60),
  INSURER_PHONE: phoneNumber,
  INSURER_WHATSAPP: phoneNumber,
  INSURER_HOURS: optionalString.refine((v) => v === undefined || parseOpeningHours(v) !== null, {
    message:
      'must be days and hours such as "lun-ven 08:00-17:00; sam 08:00-12:00" (days lun…dim or mon…sun)',
  }),
  LOG_LEVEL: optionalString
    .default('info')
    .refine((v) => ['debug', 'info', 'warn', 'error', 'silent'].includes(v ?? ''), {
      message: 'must be one of debug, info, warn, error, silent',
    }),
});
