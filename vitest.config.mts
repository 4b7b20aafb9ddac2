import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside a React Server environment; the tests are the server here.
      'server-only': path.resolve(root, 'tests/support/empty.ts'),
    },
  },
};
const exclude = ['node_modules/**', '.next/**', 'e2e/**', '.data/**', '.tmp/**'];

export default defineConfig({
  ...shared,
  test: {
    env: { LOG_LEVEL: 'silent' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts'],
          env: { LOG_LEVEL: 'silent' },
          // Projects do not inherit the root's timeouts; argon2 and migrations are slow on 2 cores.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Over real HTTP against the production build, served by tests/support/server.ts.
        ...shared,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.int.test.ts'],
          exclude,
          globalSetup: ['tests/support/server.ts'],
          // Faults are global to the sandbox: files must not run side by side.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { LOG_LEVEL: 'silent' },
        },
      },
    ],
  },
});
