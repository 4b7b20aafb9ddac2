import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';

/** Extra production servers for tests of configuration and scale, each on its own port and data. */

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  base: string;
  child: ChildProcess;
  stop(): void;
}

export async function spawnServer(
  env: Record<string, string>,
  stdio: 'ignore' | 'pipe' = 'ignore',
): Promise<Spawned> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  // Node itself, not npx: killing npx would leave the server running.
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        APP_URL: base,
        LOG_LEVEL: 'error',
        PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-spawn-')), 'db'),
        ...env,
      },
      stdio: ['ignore', 'ignore', stdio],
    },
  );
  return { base, child, stop: () => child.kill('SIGTERM') };
}

export async function waitHealthy(base: string): Promise<void> {
  await expect
    .poll(
      () =>
        fetch(`${base}/api/health`)
          .then((r) => r.status)
          .catch(() => 0),
      { timeout: 90_000 },
    )
    .toBe(200);
}
