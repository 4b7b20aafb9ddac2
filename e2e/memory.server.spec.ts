import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';
import { inspectHeap } from './heap-inspector';
import { freePort, spawnServer, waitHealthy } from './spawn-server';

test.describe.configure({ timeout: 240_000 });

const SERVER_RESPONSE = "process.getBuiltinModule('node:http').ServerResponse.prototype";

async function renderContractPage(base: string, amount: number) {
  // 50 connections: the leak below only chained renders together under concurrency.
  const result = await autocannon({
    url: `${base}/contrat/9000000001`,
    connections: 50,
    amount,
    timeout: 60,
  });
  expect(result.non2xx + result.errors + result.timeouts).toBe(0);
}

/**
 * A count, not a timing: once a server is idle, no request it served should still be in
 * memory. Before lib/abort-reasons.ts, 800 responses were still alive here (React's
 * end-of-render abort reasons chained renders together); before lib/upstream/http.ts cleared
 * its timer, each upstream call kept its render for the full timeout.
 */
test('a served page does not stay in memory once the server is idle', async () => {
  const inspectorPort = await freePort();
  const server = await spawnServer({
    NODE_OPTIONS: `--inspect=127.0.0.1:${inspectorPort}`,
    LOOKUP_RATE_LIMIT: '100000',
  });
  try {
    await waitHealthy(server.base);
    const heap = await inspectHeap(inspectorPort);
    try {
      for (let round = 0; round < 2; round++) await renderContractPage(server.base, 400);
      // Sockets closing and timers ending let the last requests go within seconds.
      await expect
        .poll(() => heap.liveInstances(SERVER_RESPONSE), {
          message: 'responses still in memory',
          timeout: 45_000,
          intervals: [2_000],
        })
        .toBeLessThanOrEqual(10);
      const kept = await heap.keptBytes();
      test.info().annotations.push({
        type: 'memory',
        description: `${(kept / 2 ** 20).toFixed(1)} MiB of heap kept after 800 pages`,
      });
    } finally {
      heap.close();
    }
  } finally {
    server.stop();
  }
});
