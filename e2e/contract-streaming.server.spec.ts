import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import { spawnServer, waitHealthy, type Spawned } from './spawn-server';

// Its own app and sandbox: the slow insurer it sets up cannot slow the other tests.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const CONTRACT = '2019004512';
const SLOW_MS = 2_500;
let server: Spawned;

test.beforeAll(async () => {
  server = await spawnServer({ LOOKUP_RATE_LIMIT: '1000' });
  await waitHealthy(server.base);
  const fault = await fetch(`${server.base}/sandbox/api/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: 'enovfacture', latencyMs: SLOW_MS }),
  });
  expect(fault.status).toBe(200);
});
test.afterAll(() => server?.stop());

test('the page comes at once and says it is asking the insurer, then shows the invoices', async ({
  page,
}) => {
  const started = Date.now();
  // `commit`: as soon as the first bytes are in, not when the whole page is.
  await page.goto(`${server.base}/contrat/${CONTRACT}`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Contrat n° ${CONTRACT}`);
  const asking = page.getByRole('status').filter({ hasText: 'Nous demandons vos factures' });
  await expect(asking).toHaveText('Nous demandons vos factures à LA LOYALE VIE…');
  expect(Date.now() - started).toBeLessThan(SLOW_MS);
  await expect(page.getByRole('button', { name: 'Continuer' })).toBeVisible({ timeout: 15_000 });
  await expect(asking).toHaveCount(0);
  await expect(page).toHaveTitle(`Contrat ${CONTRACT} — LA LOYALE VIE`);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the browser is sent on to the whole page, and its forms keep asking for it', async ({
    page,
  }) => {
    await page.goto(`${server.base}/contrat/${CONTRACT}?mode=partial`);
    await expect(page).toHaveURL(`${server.base}/contrat/${CONTRACT}?mode=partial&js=0`);
    await expect(page.getByRole('button', { name: 'Continuer' })).toBeVisible();
    await expect(page.getByText('Nous demandons vos factures')).toHaveCount(0);
    await page.getByRole('button', { name: 'Ne rien sélectionner' }).click();
    await expect(page).toHaveURL(/[?&]action=none(&|$)/);
    await expect(page).toHaveURL(/[?&]js=0(&|$)/);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });
});
