import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const unique = () => `dev${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function register(page: Page, login: string, password: string) {
  await page.goto('/sandbox/enov');
  await page.getByRole('link', { name: 'Inscription' }).click();
  await page.getByLabel('Nom d’utilisateur').fill(login);
  await page.getByLabel('Adresse email').fill(`${login}@example.ci`);
  await page.getByLabel('Numéro de téléphone').fill('+225 07 11 22 33 44');
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'S’inscrire' }).click();
}

test.describe('Enov developer portal (sandbox)', () => {
  test('the whole flow: register, see the App Key, use it, add one, change password, log out, log in', async ({
    page,
    request,
  }) => {
    // Five pages audited by axe and several argon2 hashings: 35–50 s on two shared cores
    // against the 60 s limit, so it gets the slow-test allowance.
    test.slow();
    const login = unique();
    await page.goto('/sandbox/enov/inscription');
    await expectNoAxeViolations(page);

    // Every field is checked, each error tied to its field.
    await page.getByRole('button', { name: 'S’inscrire' }).click();
    await expect(page.getByText('Le formulaire contient des erreurs')).toBeVisible();
    const loginField = page.getByLabel('Nom d’utilisateur');
    await expect(loginField).toHaveAttribute('aria-invalid', 'true');
    await expect(loginField).toBeFocused();
    await expect(page.getByText('Saisissez une adresse email valide')).toBeVisible();
    await expectNoAxeViolations(page);

    await register(page, login, 'motdepasse-1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${login}`);
    await expect(page.getByText('Votre compte est créé. Voici votre App Key.')).toBeVisible();
    const appkey = (await page.locator('code').filter({ hasText: /^ak_/ }).first().textContent())!;
    expect(appkey).toMatch(/^ak_[0-9a-f]{24}$/);
    await expectNoAxeViolations(page);

    // The App Key works with the API at once.
    const selection = await request.post('/sandbox/enov/api/enovfacture', {
      data: { login, appkey, password: 'motdepasse-1', idcontrat: '2021007730' },
    });
    expect(await selection.json()).toHaveLength(1);

    // One App Key per application.
    await page.getByLabel('Nom de l’application').fill('Application mobile');
    await page.getByRole('button', { name: 'Créer', exact: true }).click();
    await expect(page.getByText('La nouvelle App Key est créée.')).toBeVisible();
    await expect(page.locator('code').filter({ hasText: /^ak_/ })).toHaveCount(2);
    await expect(page.getByText('Application mobile')).toBeVisible();

    // Change the password from the account menu.
    await page.getByText(`${login} (${login}@example.ci)`).click();
    await page.getByRole('link', { name: 'Modifier le mot de passe' }).click();
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('pas-le-bon');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('nouveau-secret-2');
    await page
      .getByLabel('Confirmez le nouveau mot de passe', { exact: true })
      .fill('nouveau-secret-2');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Le mot de passe actuel est incorrect.')).toBeVisible();
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('motdepasse-1');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('nouveau-secret-2');
    await page
      .getByLabel('Confirmez le nouveau mot de passe', { exact: true })
      .fill('autre-chose-3');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Les deux mots de passe ne sont pas identiques.')).toBeVisible();
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('motdepasse-1');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('nouveau-secret-2');
    await page
      .getByLabel('Confirmez le nouveau mot de passe', { exact: true })
      .fill('nouveau-secret-2');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Votre mot de passe a été modifié.')).toBeVisible();
    await expectNoAxeViolations(page);

    // The old password no longer opens the API.
    const old = await request.post('/sandbox/enov/api/enovfacture', {
      data: { login, appkey, password: 'motdepasse-1', idcontrat: '2021007730' },
    });
    expect((await old.json()).code).toBe('-1');

    // Log out, then in again with the email and the new password.
    await page.goto('/sandbox/enov');
    await page.getByText(`${login} (${login}@example.ci)`).click();
    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await expect(page).toHaveURL(/\/sandbox\/enov\/connexion$/);
    await page.goto('/sandbox/enov');
    await expect(page.getByRole('link', { name: 'Connexion' })).toBeVisible();

    await page.goto('/sandbox/enov/connexion');
    await page.getByLabel('Nom d’utilisateur ou adresse email').fill(`${login}@example.ci`);
    await page.getByLabel('Mot de passe', { exact: true }).fill('motdepasse-1');
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expect(page.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Mot de passe', { exact: true }).fill('nouveau-secret-2');
    await page.getByRole('button', { name: 'Connexion' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bienvenue, ${login}`);
  });

  test('refuses a user name or an email already taken', async ({ page }) => {
    await register(page, 'demo-psp', 'motdepasse-1');
    await expect(page.getByText('Ce nom d’utilisateur est déjà pris.')).toBeVisible();
    await expect(page.getByLabel('Nom d’utilisateur')).toHaveValue('demo-psp');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
  });

  test('portal sessions are kept to the portal and end on log-out', async ({ page, context }) => {
    await register(page, unique(), 'motdepasse-1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bienvenue');
    const cookie = (await context.cookies()).find((c) => c.name === 'enov_portal_session');
    expect(cookie).toMatchObject({ path: '/sandbox/enov', httpOnly: true, sameSite: 'Lax' });
    await page.getByText(/\(.*@example\.ci\)/).click();
    await page.getByRole('button', { name: 'Déconnexion' }).click();
    await context.addCookies([{ ...cookie!, expires: -1 }]);
    await page.goto('/sandbox/enov/mot-de-passe');
    await expect(page).toHaveURL(/\/sandbox\/enov\/connexion$/);
  });
});
