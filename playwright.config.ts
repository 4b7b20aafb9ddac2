import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/chromium';
import { UNLIMITED_CHECKOUTS } from './scripts/lib/next-server';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

// The e2e server gets a PGlite folder of its own, fresh for each run: never two processes on one
// folder, and no state carried over from a previous run. Set once in the runner's environment,
// which its workers inherit, so they all agree on it.
process.env.E2E_PGLITE_DIR ??= path.join(mkdtempSync(path.join(tmpdir(), 'lalo-e2e-')), 'pglite');
// The run's own synthetic contracts (syntheticContractFor in e2e/support.ts) derive from this.
process.env.E2E_RUN ??= randomUUID();

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous: CI runs everything on two cores; a test that hangs still ends.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'test-results/e2e-report.json' }],
  ],
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Africa/Abidjan',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    // Tests of the server itself (HTTP, start-up), run once rather than per viewport.
    {
      name: 'server',
      testMatch: /.*\.server\.spec\.ts/,
      // These start servers of their own: allow for their start-up and migrations.
      timeout: 120_000,
      use: { launchOptions },
    },
    // Signs the e2e admin and agent in once and saves their sessions for the agent specs.
    { name: 'setup', testMatch: /.*\.setup\.ts/, use: { launchOptions } },
    {
      name: 'desktop',
      testIgnore: /.*\.server\.spec\.ts/,
      dependencies: ['setup'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'mobile-360',
      testIgnore: /.*\.server\.spec\.ts/,
      dependencies: ['setup'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
  ],
  webServer: {
    // The standalone server, as deployed (scripts/lib/standalone.cjs copies its browser files).
    command: 'node scripts/lib/standalone.cjs serve',
    url: `${BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      SANDBOX: 'on',
      ...UNLIMITED_CHECKOUTS,
      NEXT_TELEMETRY_DISABLED: '1',
      // SIGTERM drains the instance (lib/ops/shutdown.ts), as in production.
      NEXT_MANUAL_SIG_HANDLE: '1',
      PORT: String(PORT),
      APP_URL: BASE_URL,
      PGLITE_DIR: process.env.E2E_PGLITE_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      LOG_LEVEL: 'warn',
      // Every e2e request comes from one address: a limit per client would count them all.
      LOOKUP_RATE_LIMIT: '100000',
      // The phone "answers" this long after the push: the tests must see the waiting screen
      // first, and on a loaded two-core CI machine the receipt page can take seconds to show
      // (1.5 s here once lost that race). Expiry comes well after the answer.
      WALLET_APPROVAL_DELAY_MS: '6000',
      WALLET_APPROVAL_TIMEOUT_MS: '12000',
      // One address for every test again: the per-client sign-in throttle is tested elsewhere.
      SIGNIN_CLIENT_MAX_FAILURES: '100000',
    },
  },
});
