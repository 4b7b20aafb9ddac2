import { expect, test } from '@playwright/test';
import { payByCard } from './support';
import { spawnServer, waitHealthy } from './spawn-server';

test.describe.configure({ timeout: 90_000 });

// Its own app and sandbox: the fault it sets cannot disturb the other tests.
test('the insurer down during notification, then back: the receipt goes from waiting to confirmed', async ({
  page,
}) => {
  const server = await spawnServer({ OUTBOX_RETRY_BASE_MS: '1000', LOOKUP_RATE_LIMIT: '1000' });
  try {
    await waitHealthy(server.base);
    const fault = await fetch(`${server.base}/sandbox/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'enovipn', failure: 'http500' }),
    });
    expect(fault.status).toBe(200);
    await page.goto(`${server.base}/contrat/2021007730/paiement?f=FAC-2026-000201&mode=full`);
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByText('Paiement reçu, en attente de confirmation')).toBeVisible();
    await expect(page.getByText('En attente de confirmation', { exact: true })).toBeVisible();
    await page.waitForTimeout(2_000);
    await expect(page.getByText('Paiement reçu, en attente de confirmation')).toBeVisible();

    await fetch(`${server.base}/sandbox/api/faults`, { method: 'DELETE' });
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Confirmé par l’assureur', { exact: true })).toBeVisible();
  } finally {
    server.stop();
  }
});
