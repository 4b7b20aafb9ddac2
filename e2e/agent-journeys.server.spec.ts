import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './agent-support';
import { spawnServer, waitHealthy, type Spawned } from './spawn-server';
import { expectNoAxeViolations, payByCard } from './support';

/**
 * An agent on the phone with a customer whose payment did not reach the insurer: on an app and
 * sandbox of their own, since faults are global to a sandbox. Automatic retries are far apart
 * here, so only the agent's retry can deliver.
 */
let server: Spawned;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  server = await spawnServer({ OUTBOX_RETRY_BASE_MS: '600000', LOOKUP_RATE_LIMIT: '1000' });
  await waitHealthy(server.base);
});

test.afterAll(() => server?.stop());

test('a notification failing under a fault is retried by an agent once the fault is cleared', async ({
  page,
}) => {
  const base = server.base;
  const fault = await page.request.post(`${base}/sandbox/api/faults`, {
    data: { endpoint: 'enovipn', failure: 'http500' },
  });
  expect(fault.ok()).toBe(true);

  // The customer pays part of a seed contract's invoice; the insurer's endpoint fails.
  await page.goto(`${base}/contrat/2021007730`);
  await page.getByLabel('Un autre montant').check();
  await page.getByLabel('Montant en FCFA').fill('20000');
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await payByCard(page, '4242 4242 4242 4242');
  await expect(page.getByText('Paiement reçu, en attente de confirmation')).toBeVisible({
    timeout: 20_000,
  });

  await signIn(page, ADMIN, base);
  await expect(page.getByRole('heading', { name: 'Envois en échec' })).toBeVisible();
  await page.getByRole('link', { name: 'Voir la liste : Envois en échec' }).click();
  await expect(page).toHaveURL(/delivery=failing/);
  await expect(page.getByRole('status').filter({ hasText: '1 paiement' })).toBeVisible();
  await page.getByRole('link', { name: /^PAY-/ }).click();
  const ipn = page.getByTestId('delivery').filter({ hasText: 'Notification Enov (IPN)' });
  await expect(ipn).toContainText('échec, nouvel essai prévu');
  await expect(ipn).toContainText('Code 500');
  // The code comes with what it means (issue #17): never a bare number.
  await expect(ipn).toContainText('Erreur du serveur distant (Code 500)');
  await expect(ipn).toContainText('Prochain essai');
  await expectNoAxeViolations(page);

  // Still failing: the agent's retry is recorded and shows the new failure.
  await ipn.getByRole('button', { name: 'Renvoyer maintenant' }).click();
  await expect(page.getByText('Message renvoyé.')).toBeVisible();
  await expect(ipn.getByRole('listitem')).toHaveCount(2);

  await page.request.delete(`${base}/sandbox/api/faults`);
  await page.reload();
  await page
    .getByTestId('delivery')
    .filter({ hasText: 'Notification Enov (IPN)' })
    .getByRole('button', { name: 'Renvoyer maintenant' })
    .click();
  // Delivered: the page refreshes with the outcome, and the retry button is gone.
  const delivered = page.getByTestId('delivery').filter({ hasText: 'Notification Enov (IPN)' });
  await expect(delivered.getByText('remis', { exact: true }).first()).toBeVisible();
  await expect(delivered.getByRole('button', { name: 'Renvoyer maintenant' })).toHaveCount(0);
  await expect(page.getByText('Confirmé', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Renvoi d’un message' })).toHaveCount(2);

  // The look-up shows what Enov says now beside what we took.
  await page.getByRole('link', { name: 'Contrats', exact: true }).click();
  await page.getByLabel('Numéro de contrat').fill('2021007730');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByText('Règlement partiel')).toBeVisible();
  await expect(page.getByTestId('total-due')).toHaveText('27 500 FCFA');
  await expect(page.getByRole('link', { name: /^PAY-/ })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^Reçu client/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
});
