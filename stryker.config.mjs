/**
 * Mutation testing of the pure domain code (`npm run mutation`, not part of `npm test`): Stryker
 * changes one operator, condition or literal at a time and checks that some unit test fails.
 * Scores and known equivalent mutants: docs/quality.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts' },
  // The mutated files are listed here, one by one; their unit tests are listed in the `include`
  // of vitest.mutation.config.mts. A file added here needs its test file added there.
  mutate: [
    'lib/payments/state-machine.ts',
    'lib/payments/allocation.ts',
    'lib/payments/card.ts',
    'lib/payments/mobile-money.ts',
    'lib/payments/ids.ts',
    'lib/payments/backoff.ts',
    'lib/format.ts',
    'lib/redact.ts',
    'lib/enov/codes.ts',
    'lib/lovat/rules.ts',
    'lib/contracts/contract-number.ts',
    'lib/contracts/lookup-problem.ts',
    'lib/agent/csv.ts',
    'lib/payments/refund.ts',
    'lib/http/client-address.ts',
    'lib/cinetpay/verdict.ts',
    'lib/cinetpay/hmac.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine is shared with builds and other test runs.
  concurrency: 1,
  // The last run's results (reports/, git-ignored: a 500 kB file rewritten by every run) let the
  // next run on this checkout test again only the mutants of changed code or changed tests.
  // Surviving mutants of module-level constants are not retested when a test is added:
  // `npm run mutation -- --force` then.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false },
  // Under .tmp/, which Vitest, tsc, ESLint, Prettier and git already leave alone.
  tempDirName: '.tmp/stryker',
  // The sandbox needs only the code and tests; the rest (.next, .data, e2e, …) is large.
  ignorePatterns: [
    '/*',
    '!/lib',
    '!/tests',
    '!/package.json',
    '!/tsconfig.json',
    '!/vitest.mutation.config.mts',
  ],
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
