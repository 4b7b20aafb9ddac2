import { expect, test, type Browser, type Page } from '@playwright/test';
import { AGENT, customerPays, signIn, STORAGE, syntheticContract } from './agent-support';
import { expectNoAxeViolations, payByCard } from './support';

/** Issue #17, the agents' points: every agent screen says only what is true. */

const EXPIRED = 'Votre session a expiré';
const CUSTOMER_FOOTER = 'Paiements sécurisés en francs CFA';
const WITH_SECONDS = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/;

test.describe('the sign-in page', () => {
  test('on a first visit shows the form, and says nothing of an expired session', async ({
    page,
  }) => {
    await page.goto('/agent');
    await expect(page).toHaveURL(/\/agent\/connexion\?from=/);
    await expect(page.getByLabel('Adresse email professionnelle')).toBeVisible();
    await expect(page.getByText(EXPIRED)).toHaveCount(0);
    await expect(page.getByText('Connectez-vous pour continuer.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/agent/connexion');
    await expect(page.getByText(EXPIRED)).toHaveCount(0);
    await expect(page.getByText('Connectez-vous pour continuer.')).toHaveCount(0);
  });

  test('does not call a session closed by signing out "expired"', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, AGENT);
    const cookies = await context.cookies();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
    await expect(page.getByText(EXPIRED)).toHaveCount(0);
    await context.close();

    // The old cookie comes back: its session was closed, not run out.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto('/agent/paiements');
    await expect(again).toHaveURL(/\/agent\/connexion\?from=/);
    await expect(again.getByLabel('Adresse email professionnelle')).toBeVisible();
    await expect(again.getByText(EXPIRED)).toHaveCount(0);
    await expect(again.getByText('Connectez-vous pour continuer.')).toBeVisible();
    await replay.close();
  });
});

test.describe('agent pages', () => {
  test.use({ storageState: STORAGE.agent });

  test('carry no customer footer, signed in or not', async ({ page, browser }) => {
    await page.goto('/agent');
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await expect(page.getByText(CUSTOMER_FOOTER)).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await page.goto('/agent/paiements/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Retour au tableau de bord' })).toBeVisible();
    await expect(page.getByText(CUSTOMER_FOOTER)).toHaveCount(0);

    const anonymous = await browser.newPage({ storageState: undefined });
    await anonymous.goto('/agent/connexion');
    await expect(anonymous.getByLabel('Adresse email professionnelle')).toBeVisible();
    await expect(anonymous.getByText(CUSTOMER_FOOTER)).toHaveCount(0);
    await expect(anonymous.getByRole('contentinfo')).toHaveCount(0);
    await anonymous.close();
  });
});

// Unknown accounts, one per project and run: the same refusal as a wrong password, and no
// account is brought near its lock by these tries.
const stranger = (project: string, js: boolean) =>
  `focus-${project}-${js ? 'js' : 'nojs'}-${Date.now()}@lalo.test`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a refused sign-in puts focus on the field at fault, its message tied to it', async ({
      page,
    }, info) => {
      await page.goto('/agent/connexion');
      const email = page.getByLabel('Adresse email professionnelle');
      const password = page.getByLabel('Mot de passe');

      await email.fill('not-an-address');
      await password.fill('whatever-password');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(email).toBeFocused();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(/Saisissez une adresse email valide/);

      await email.fill(stranger(info.project.name, javaScriptEnabled));
      await password.fill('not-the-password');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(password).toBeFocused();
      await expect(password).toHaveAttribute('aria-invalid', 'true');
      await expect(password).toHaveAccessibleDescription(
        'Adresse email ou mot de passe incorrect.',
      );
      // The address typed is kept; only the password is to be typed again.
      await expect(email).toHaveValue(/^focus-/);
      await expect(password).toHaveValue('');
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}

/** A customer's card declined on a new synthetic contract; returns the contract. */
async function declinedPayment(browser: Browser) {
  const contract = syntheticContract();
  const customer = await browser.newPage({ storageState: undefined });
  await customer.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
  await payByCard(customer, '4000 0000 0000 0002');
  await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Paiement refusé');
  await customer.close();
  return contract;
}

/** The agent's view of the payment on `contract` (the only one there). */
async function openPayment(page: Page, contract: string) {
  await page.goto(`/agent/paiements?contract=${contract}`);
  await page.getByRole('link', { name: /^PAY-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Paiement PAY-/ })).toBeVisible();
}

test.describe('the payment page', () => {
  test.use({ storageState: STORAGE.agent });

  test('a declined payment says why in words, never by its code alone', async ({
    page,
    browser,
  }) => {
    const contract = await declinedPayment(browser);
    await openPayment(page, contract);
    const summary = page.locator('[aria-labelledby="summary-title"]');
    // The reason in words; its code only as a small aside.
    await expect(summary).toContainText('Carte refusée par la banque');
    await expect(page.getByText('card_declined', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a declined payment paid no invoice and sends no notice', async ({ page, browser }) => {
    const contract = await declinedPayment(browser);
    await openPayment(page, contract);
    // Nothing was taken: the invoices were only aimed at, and no notice awaits the insurer.
    await expect(page.getByRole('heading', { name: 'Factures concernées' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Factures payées' })).toHaveCount(0);
    const invoice = page.getByTestId('allocation');
    await expect(invoice).toContainText(`SYN-${contract}-1`);
    await expect(invoice).not.toContainText('Assureur');
    await expect(invoice).not.toContainText('en attente');
  });

  test('a paid payment shows its times to the second and its invoices as paid', async ({
    page,
    browser,
  }) => {
    const contract = syntheticContract();
    const customer = await browser.newContext({ storageState: undefined });
    await customerPays(await customer.newPage(), contract);
    await customer.close();

    await openPayment(page, contract);
    const times = page.locator('[aria-labelledby="history-title"] time');
    await expect(times.first()).toBeVisible();
    for (const text of await times.allTextContents()) expect(text).toMatch(WITH_SECONDS);
    for (const text of await page.locator('[data-testid="delivery"] time').allTextContents())
      expect(text).toMatch(WITH_SECONDS);
    const created = page.getByText('Créé le').locator('xpath=following-sibling::dd');
    await expect(created).toHaveText(WITH_SECONDS);
    await expect(page.getByRole('heading', { name: 'Factures payées' })).toBeVisible();
    await expect(page.getByTestId('allocation').first()).toContainText('Assureur');
  });
});
