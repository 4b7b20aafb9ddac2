import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { anyHost, prepareStandalone } from './standalone.cjs';

/**
 * Extra production servers, shared by the integration tests, the e2e specs, the benchmark and
 * the chaos run: a free port, the existing build's standalone server on it (what is deployed:
 * scripts/lib/standalone.cjs), and the wait for it.
 */

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const UNLIMITED_CHECKOUTS = {
  CHECKOUT_CLIENT_LIMIT: '1000000',
  CHECKOUT_CONTRACT_LIMIT: '1000000',
  WALLET_PUSHES_PER_CONTRACT: '1000000',
};

/**
 * Node runs server.js itself, no wrapper: a signal sent to the child reaches the server. It
 * listens where `next start` would, unless `env` gives HOSTNAME. Relative paths in `env`
 * (PGLITE_DIR) are made absolute, since server.js changes into its own folder.
 */
export function startNext(
  port: number,
  env: Record<string, string>,
  stdio: StdioOptions,
): ChildProcess {
  const absolute = env.PGLITE_DIR ? { PGLITE_DIR: path.resolve(env.PGLITE_DIR) } : {};
  return spawn(process.execPath, [prepareStandalone()], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Production refuses to guess: test servers ask for the sandbox unless told otherwise.
      SANDBOX: 'on',
      // Every test client is 127.0.0.1 and seeded contracts are paid again and again: the
      // checkout limits have tests of their own (lib/payments/checkout-limits.test.ts).
      ...UNLIMITED_CHECKOUTS,
      NEXT_TELEMETRY_DISABLED: '1',
      // SIGTERM drains the instance (lib/ops/shutdown.ts), as in production.
      NEXT_MANUAL_SIG_HANDLE: '1',
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      HOSTNAME: anyHost(),
      ...env,
      ...absolute,
    },
    stdio,
  });
}

/**
 * Waits until `base` answers its health route. Gives up when `child` exits first or after
 * `timeoutMs`; `output` adds what the server printed to the error.
 */
export async function waitHealthy(
  base: string,
  opts: { child?: ChildProcess; timeoutMs?: number; output?: () => string } = {},
): Promise<void> {
  const { child, timeoutMs = 120_000, output = () => '' } = opts;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${base} exited (${child.exitCode}) before it was healthy\n${output()}`);
    }
    const ok = await fetch(`${base}/api/health`)
      .then(async (r) => (await r.arrayBuffer(), r.ok))
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not become healthy in ${timeoutMs} ms\n${output()}`);
}
