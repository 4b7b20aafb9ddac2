import { expect, type Page } from '@playwright/test';
import { payByCard } from './support';

/** The sandbox's documented first admin, and the plain agent the setup creates. */
export const ADMIN = { email: 'admin@lalo.test', password: 'Admin-Sandbox-2026' };
export const AGENT = {
  name: 'Awa Koné',
  email: 'awa.kone@lalo.test',
  password: 'Agent-Password-2026',
};

export const STORAGE = {
  admin: '.tmp/e2e-auth/admin.json',
  agent: '.tmp/e2e-auth/agent.json',
};

/** Signs in through the form, the way an agent does. */
export async function signIn(page: Page, who: { email: string; password: string }, base = '') {
  await page.goto(`${base}/agent/connexion`);
  await page.getByLabel('Adresse email professionnelle').fill(who.email);
  await page.getByLabel('Mot de passe').fill(who.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}

/** A payment on a synthetic contract (9…), paid by card through the customer's pages. */
export async function customerPays(page: Page, contract: string, base = '') {
  await page.goto(`${base}/contrat/${contract}`);
  await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
  await payByCard(page, '4242 4242 4242 4242');
  await expect(page).toHaveURL(/\/recu\//);
  return page.url();
}

export { syntheticContract } from '../scripts/lib/harness';
