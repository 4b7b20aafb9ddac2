import { expect, test } from '@playwright/test';
import { spawnServer, waitHealthy, type Spawned } from './spawn-server';
import { chooseLanguage, expectNoAxeViolations, fillBilling, payByCard } from './support';

/**
 * The seed contracts paid end to end, on an app and sandbox of their own so their invoices can
 * change without disturbing the tests that read them.
 */
let server: Spawned;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  server = await spawnServer({ LOOKUP_RATE_LIMIT: '1000', WALLET_APPROVAL_DELAY_MS: '1000' });
  await waitHealthy(server.base);
});

test.afterAll(() => server?.stop());

test('pays everything on the contract with 24 invoices in arrears', async ({ page }) => {
  await page.goto(`${server.base}/contrat/2015000042`);
  await expect(page.getByTestId('total-due')).toHaveText('440 400 FCFA');
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await expect(page.getByTestId('checkout-total')).toHaveText('440 400 FCFA');
  await payByCard(page, '5555 5555 5555 4444');
  await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Confirmé par l’assureur', { exact: true })).toHaveCount(24);
  await page.goto(`${server.base}/contrat/2015000042`);
  await expect(
    page.getByText('Aucune facture ouverte trouvée pour le n° 2015000042 : vérifiez le numéro'),
  ).toBeVisible();
});

test('pays part of three invoices, oldest first, in English', async ({ page }) => {
  await page.goto(server.base);
  await chooseLanguage(page, 'en');
  await page.goto(`${server.base}/contrat/2019004512`);
  await page.getByLabel('Another amount').check();
  await page.getByLabel('Amount in FCFA').fill('30000');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('FAC-2026-000101');
  await expect(rows.nth(1)).toContainText('25 000 FCFA');
  await expect(rows.nth(2)).toContainText('FAC-2026-000102');
  await expect(rows.nth(2)).toContainText('5 000 FCFA');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code (3 digits on the back)').fill('123');
  await page.getByLabel('Address', { exact: true }).fill('Plateau');
  await page.getByLabel('City').fill('Abidjan');
  await page.getByLabel('Phone', { exact: true }).fill('+2250700000001');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByText('Payment confirmed')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await page.goto(`${server.base}/contrat/2019004512`);
  await expect(page.getByText('FAC-2026-000101')).toHaveCount(0);
  await expect(page.getByText('Partly paid')).toHaveCount(1);
  await expect(page.getByTestId('total-due')).toHaveText('35 000 FCFA');
});

test('pays the large partly paid premium with Wave', async ({ page }) => {
  await page.goto(`${server.base}/contrat/2016003321/paiement?f=FAC-2026-000301&mode=full`);
  await expect(page.getByTestId('checkout-total')).toHaveText('850 000 FCFA');
  await page.getByLabel('Wave').check();
  await page.getByLabel('Numéro mobile money').fill('+225 01 23 45 67 89');
  await fillBilling(page, { phone: false });
  await page.getByRole('button', { name: /^Payer / }).click();
  await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
});

test('an invoice the insurer refuses for good is refunded, and the customer is told', async ({
  page,
}) => {
  await fetch(`${server.base}/sandbox/api/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: 'enovipn', failure: 'code', code: '03' }),
  });
  try {
    await page.goto(`${server.base}/contrat/2021007730/paiement?f=FAC-2026-000201&mode=full`);
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByText('Paiement remboursé')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Refusé par l’assureur, remboursé')).toBeVisible();
    await expect
      .poll(async () =>
        (await (await fetch(`${server.base}/sandbox/api/reports`)).json()).reports.map(
          (r: { status: string }) => r.status,
        ),
      )
      .toContain('refund');
  } finally {
    await fetch(`${server.base}/sandbox/api/faults`, { method: 'DELETE' });
  }
});
