import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './agent-support';
import { spawnServer, waitHealthy, type Spawned } from './spawn-server';

/**
 * "Votre session a expiré" is said when a session did run out (issue #17): on a server of its
 * own whose sessions end after one idle minute, the shortest the configuration allows.
 */
let server: Spawned;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  server = await spawnServer({ SESSION_IDLE_MINUTES: '1' });
  await waitHealthy(server.base);
});

test.afterAll(() => server?.stop());

test('a session left idle past its limit is said to have expired', async ({ page }) => {
  const base = server.base;
  await signIn(page, ADMIN, base);
  // Unused for more than the idle minute.
  await page.waitForTimeout(62_000);
  await page.goto(`${base}/agent/paiements`);
  await expect(page).toHaveURL(/\/agent\/connexion\?from=/);
  await expect(page.getByText('Votre session a expiré. Connectez-vous à nouveau.')).toBeVisible();
  await expect(page.getByText('Connectez-vous pour continuer.')).toHaveCount(0);
  // Still said on the next visit with that cookie: the session ran out, it was not closed.
  await page.goto(`${base}/agent`);
  await expect(page.getByText('Votre session a expiré. Connectez-vous à nouveau.')).toBeVisible();

  // Signing in again clears it.
  await page.getByLabel('Adresse email professionnelle').fill(ADMIN.email);
  await page.getByLabel('Mot de passe').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
});
