import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The Vitest configuration Stryker runs (stryker.config.mjs): the unit tests beside the mutated
 * files and nothing else, so no server, browser or database starts for each mutant. The aliases
 * are those of vitest.config.mts.
 */
const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.resolve(root, 'tests/support/empty.ts'),
    },
  },
  test: {
    environment: 'node',
    // The unit tests of the files in stryker.config.mjs's `mutate`, named rather than all of
    // lib/: some unit tests (agent-operations.test.ts) open a database, too slow per mutant.
    include: [
      'lib/payments/state-machine.test.ts',
      'lib/payments/allocation.test.ts',
      'lib/payments/card.test.ts',
      'lib/payments/mobile-money.test.ts',
      'lib/payments/ids.test.ts',
      'lib/payments/backoff.test.ts',
      'lib/format.test.ts',
      'lib/redact.test.ts',
      'lib/enov/*.test.ts',
      'lib/lovat/*.test.ts',
      'lib/contracts/*.test.ts',
      'lib/agent/csv.test.ts',
      'lib/payments/refund.test.ts',
      'lib/http/client-address.test.ts',
      'lib/cinetpay/*.test.ts',
    ],
    exclude: ['**/*.int.test.ts'],
    env: { LOG_LEVEL: 'silent' },
  },
});
