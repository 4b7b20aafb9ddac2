import { expect, test as setup } from '@playwright/test';
import { ADMIN, AGENT, signIn, STORAGE } from './agent-support';

/**
 * Signs the first admin in (from the documented sandbox defaults), has them create a plain
 * agent through the team page, signs that agent in, and saves both sessions.
 */
setup('admin and agent sessions', async ({ browser }) => {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await signIn(page, ADMIN);
  await page.context().storageState({ path: STORAGE.admin });

  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByLabel('Nom').fill(AGENT.name);
  await page.getByLabel('Adresse email').fill(AGENT.email);
  await page.getByLabel('Rôle').selectOption('agent');
  await page.getByLabel('Mot de passe initial').fill(AGENT.password);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Compte créé.')).toBeVisible();
  await expect(page.getByTestId('agent-row').filter({ hasText: AGENT.email })).toBeVisible();
  await admin.close();

  const agent = await browser.newContext();
  const agentPage = await agent.newPage();
  await signIn(agentPage, AGENT);
  await agentPage.context().storageState({ path: STORAGE.agent });
  await agent.close();
});
