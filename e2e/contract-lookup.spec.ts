import { expect, test } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations } from './support';

test.describe('finding a contract and its invoices', () => {
  test('explains a wrong number beside the field, then shows the open invoices', async ({
    page,
  }) => {
    await page.goto('/');
    const field = page.getByLabel('Numéro de contrat');
    await page.getByRole('button', { name: 'Voir mes factures' }).click();
    await expect(page.getByText('Saisissez votre numéro de contrat.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAttribute('aria-describedby', /contract-error/);
    await expectNoAxeViolations(page);

    await field.fill('20190045AB');
    await expect(
      page.getByText('Le numéro de contrat ne contient que des chiffres.'),
    ).toBeVisible();
    await field.fill('201900451');
    await expect(
      page.getByText('Le numéro de contrat compte exactement 10 chiffres.'),
    ).toBeVisible();

    await field.fill('2019 004 512');
    await page.getByRole('button', { name: 'Voir mes factures' }).click();
    await expect(page).toHaveURL('/contrat/2019004512');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrat n° 2019004512');
    const invoices = page.getByRole('region', { name: /^Facture / });
    await expect(invoices).toHaveCount(3);
    await expect(invoices.nth(0)).toContainText('FAC-2026-000101');
    await expect(invoices.nth(0)).toContainText('Impayé');
    await expect(invoices.nth(0)).toContainText('05/09/2026');
    await expect(invoices.nth(1)).toContainText('Règlement partiel');
    await expect(invoices.nth(1)).toContainText('Déjà payé10 000 FCFA');
    await expect(invoices.nth(1)).toContainText('Reste à payer15 000 FCFA');
    await expect(invoices.nth(2)).toContainText('Facture en attente');
    await expect(page.getByTestId('total-due')).toHaveText('65 000 FCFA');
    await expectNoAxeViolations(page);
  });

  test('in English too', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
    await page.getByLabel('Contract number').fill('2016003321');
    await page.getByRole('button', { name: 'See my invoices' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contract no. 2016003321');
    await expect(page.getByText('Partly paid')).toBeVisible();
    await expect(page.getByTestId('total-due')).toHaveText('850 000 FCFA');
    await expectNoAxeViolations(page);
  });

  test('can be done from the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Numéro de contrat').focus();
    await page.keyboard.type('2021007730');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/contrat/2021007730');
    await expect(page.getByText('47 500 FCFA').first()).toBeVisible();
  });

  test('lists all 24 invoices of the contract in arrears, oldest first', async ({ page }) => {
    await page.goto('/contrat/2015000042');
    const invoices = page.getByRole('region', { name: /^Facture / });
    await expect(invoices).toHaveCount(24);
    await expect(invoices.first()).toContainText('10/11/2024');
    await expect(page.getByTestId('total-due')).toHaveText('440 400 FCFA');
  });

  test('never calls a number without open invoices "à jour": asks to check it, in place', async ({
    page,
  }) => {
    // Enov answers an unknown contract as it answers a paid-up one: an empty list.
    await page.goto('/contrat/2018000999');
    await expect(
      page.getByText('Aucune facture ouverte trouvée pour le n° 2018000999 : vérifiez le numéro'),
    ).toBeVisible();
    await expect(page.getByRole('main').getByText(/à jour|Merci/)).toHaveCount(0);
    const field = page.getByLabel('Numéro de contrat');
    await expect(field).toHaveValue('2018000999');
    await page.getByRole('link', { name: 'Corriger le numéro' }).click();
    await expect(field).toBeFocused();
    await expectNoAxeViolations(page);
    await field.fill('2019 004 512');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/contrat/2019004512');
    await expect(page.getByTestId('total-due')).toHaveText('65 000 FCFA');
  });

  test('says the same of a mistyped number in English', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
    await page.goto('/contrat/2019004513');
    await expect(
      page.getByText('No open invoice found for no. 2019004513: check the number'),
    ).toBeVisible();
    await expect(page.getByRole('main').getByText(/up to date|Thank you/)).toHaveCount(0);
    await expect(page.getByLabel('Contract number')).toHaveValue('2019004513');
    await expect(page.getByRole('link', { name: 'Correct the number' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

for (const [contract, title] of [
  ['0000000001', 'Service momentanément indisponible'],
  ['0000000002', 'L’assureur ne répond pas'],
  ['0000000008', 'Factures indisponibles'],
] as const) {
  test(`contract ${contract}: an Enov error gets its own message and a way to try again`, async ({
    page,
  }) => {
    await page.goto(`/contrat/${contract}`);
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    // Titled by the outage, not the contract, with whom to call (issue #17).
    await expect(page).toHaveTitle(`${title} — LA LOYALE VIE`);
    await expect(
      page
        .getByRole('region', { name: 'Besoin d’aide ? Contactez LA LOYALE VIE' })
        .getByRole('link', { name: '+225 27 20 00 00 00' }),
    ).toHaveAttribute('href', 'tel:+2252720000000');
    await expect(page.getByRole('link', { name: 'Réessayer' })).toHaveAttribute(
      'href',
      `/contrat/${contract}`,
    );
    await expect(page.getByRole('link', { name: 'Chercher un autre contrat' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a malformed number in the address is a 404', async ({ page }) => {
  const response = await page.goto('/contrat/abc');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expectNoAxeViolations(page);
});
