import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './agent-support';
import { chooseLanguage, expectNoAxeViolations } from './support';

/**
 * The one form pattern (components/forms/use-action-form.ts): the server action's schema runs
 * in the browser first, the server's answers land in the same error state, and a form whose
 * schema cannot be loaded still works, checked by the server alone.
 */

/** The POST requests a page sends from now on (server actions are POSTs to the page). */
function countPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (r) => void (r.method() === 'POST' && posts.push(r.url())));
  return posts;
}

test.describe('a form checked in the browser', () => {
  test('refuses at once, in the user’s language, with focus on the first invalid field', async ({
    page,
  }) => {
    await page.goto('/agent/connexion');
    const posts = countPosts(page);
    const email = page.getByLabel('Adresse email professionnelle');
    await email.fill('admin@');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await expect(email).toBeFocused();
    await expect(email).toHaveAccessibleDescription(/Saisissez une adresse email valide/);
    await expect(page.getByLabel('Mot de passe')).toHaveAccessibleDescription(
      'Ce champ est obligatoire.',
    );
    await expect(page.getByText('Le formulaire contient des erreurs.')).toBeVisible();
    expect(posts).toEqual([]);
    await expectNoAxeViolations(page);

    // Each error goes as its field is corrected, before anything is sent again.
    await email.fill(ADMIN.email);
    await expect(email).not.toHaveAttribute('aria-invalid');
    await expect(page.getByLabel('Mot de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });

  test('keeps what was typed before its check had loaded, and checks it', async ({ page }) => {
    await page.goto('/');
    // The check (react-hook-form, zod, the schema) loads on the form's first focus: held back
    // here until the number is typed, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let heldChunks = 0;
    await page.route('**/_next/static/chunks/**', async (route) => {
      heldChunks += 1;
      await held;
      await route.continue();
    });
    const posts = countPosts(page);
    const field = page.getByLabel('Numéro de contrat');
    await field.fill('20190045AB');
    expect(heldChunks).toBeGreaterThan(0);
    release();
    await page.getByRole('button', { name: 'Voir mes factures' }).click();

    await expect(
      page.getByText('Le numéro de contrat ne contient que des chiffres.'),
    ).toBeVisible();
    await expect(field).toHaveValue('20190045AB');
    await expect(field).toBeFocused();
    expect(posts).toEqual([]);
  });

  test('says it in English to an English reader', async ({ page }) => {
    await page.goto('/agent/connexion');
    await chooseLanguage(page, 'en');
    const posts = countPosts(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Work email address')).toHaveAccessibleDescription(
      'This field is required.',
    );
    await expect(page.getByLabel('Work email address')).toBeFocused();
    expect(posts).toEqual([]);
  });

  test('shows the server’s refusal of a valid form in the same place', async ({ page }) => {
    await page.goto('/agent/connexion');
    const posts = countPosts(page);
    await page.getByLabel('Adresse email professionnelle').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByText('Adresse email ou mot de passe incorrect.')).toBeVisible();
    expect(posts).toHaveLength(1);
  });
});

test.describe('a form whose schema cannot be loaded', () => {
  test('is checked by the server, its field errors shown and focused as usual', async ({
    page,
  }) => {
    await page.goto('/sandbox/enov/inscription');
    // Everything the page did not load yet (the schema's chunk among it) fails from now on,
    // as on a phone that lost its connection or after a deployment replaced the chunks.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    const posts = countPosts(page);
    const login = page.getByLabel('Nom d’utilisateur');
    await login.fill('a');
    await page.getByRole('button', { name: 'S’inscrire' }).click();

    await expect(login).toBeFocused();
    await expect(login).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toHaveLength(1);
  });
});
