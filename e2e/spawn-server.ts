import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startNext, waitHealthy } from '../scripts/lib/next-server';

export { freePort, waitHealthy };

/** Extra production servers for tests of configuration and scale, each on its own port and data. */

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
  const child = startNext(
    port,
    {
      LOG_LEVEL: 'error',
      PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'lalo-spawn-')), 'db'),
      ...env,
    },
    ['ignore', 'ignore', stdio],
  );
  return { base, child, stop: () => child.kill('SIGTERM') };
}
