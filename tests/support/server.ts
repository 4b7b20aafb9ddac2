import type { ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startNext, waitHealthy } from '@/scripts/lib/next-server';

/** Lets a client from elsewhere use the test server's sandbox control API. */
export const CONTROL_TOKEN = 'int-tests-sandbox-control-token';

/**
 * Starts the production build (its standalone server) on a free port with a fresh PGlite folder of its
 * own, for the integration tests, and stops it afterwards. The build must exist: the test
 * command builds before it runs Vitest.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Everything the server wrote (at debug level), for the tests that search the logs. */
    serverLog: string;
  }
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('No production build: run `npm run build` before the integration tests.');
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'lalo-int-'));
  let output = '';
  child = startNext(
    port,
    {
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      DATABASE_URL: '',
      LOG_LEVEL: 'debug',
      // As behind one proxy of ours: a test can then speak as a client from elsewhere.
      TRUSTED_PROXY_HOPS: '1',
      SANDBOX_CONTROL_TOKEN: CONTROL_TOKEN,
    },
    ['ignore', 'pipe', 'pipe'],
  );
  const logPath = path.join(dataDir, 'server.log');
  const keep = (chunk: Buffer) => {
    output += chunk;
    appendFileSync(logPath, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitHealthy(baseUrl, { child, timeoutMs: 90_000, output: () => output });
  project.provide('baseUrl', baseUrl);
  project.provide('serverLog', logPath);
}

export async function teardown() {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
