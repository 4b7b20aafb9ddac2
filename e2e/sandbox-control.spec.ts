import { expect, test } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations } from './support';

const IPN = {
  login: 'demo-psp',
  appkey: 'ak_sandbox_7f3c2a9d51e84b6c',
  password: 'demo-password',
  reference: 'FAC-2026-000999',
  montant: 1000,
  refpaiement: 'E2E-CONTROL',
  datepaiement: '01/11/2026',
  codestatut: '00',
};

test.describe('sandbox control page', () => {
  test('passes axe in both languages', async ({ page }) => {
    await page.goto('/sandbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contrôle du bac à sable');
    await expectNoAxeViolations(page);
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sandbox control');
    await expectNoAxeViolations(page);
  });

  test('switches a fault on and off, and shows what the endpoint answered', async ({
    page,
    request,
  }, info) => {
    // Faults are global to the sandbox: one project flips them, so runs cannot collide.
    test.skip(info.project.name !== 'desktop', 'fault switching runs once');
    await page.goto('/sandbox');

    try {
      // A forced code needs a code: the form says so, beside the field.
      await page.getByLabel('Point d’entrée').selectOption('enovipn');
      await page.getByLabel('Panne', { exact: true }).selectOption('code');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await expect(
        page.getByText('Ce code n’est pas valable pour ce point d’entrée.'),
      ).toBeVisible();
      await expect(page.getByLabel('Code forcé')).toHaveAttribute('aria-invalid', 'true');

      await page.getByLabel('Panne', { exact: true }).selectOption('http500');
      await page.getByRole('button', { name: 'Appliquer' }).click();
      await expect(page.getByText('Panne appliquée.')).toBeVisible();
      await expect(
        page.getByText('enovipn : HTTP 500, 100 % des appels, latence 0 ms'),
      ).toBeVisible();
      await expectNoAxeViolations(page);

      const failed = await request.post('/sandbox/enov/api/enovipn', { data: IPN });
      expect(failed.status()).toBe(500);

      await page.getByRole('link', { name: 'Enov', exact: true }).click();
      // Other tests call Enov meanwhile: ours is the one that carries our payment reference.
      const latest = page
        .getByRole('list', { name: 'Requêtes reçues' })
        .getByRole('listitem')
        .filter({ hasText: IPN.refpaiement })
        .first();
      await expect(latest).toContainText('POST enovipn');
      await expect(latest).toContainText('Statut 500');
      await expect(latest).toContainText('HTTP 500');
      await latest.getByText('Détails').click();
      await expect(latest).toContainText('"password": "***"');
      await expect(latest).not.toContainText('demo-password');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Retirer enovipn' }).click();
      await expect(
        page.getByText('Aucune panne : les trois points d’entrée répondent normalement.'),
      ).toBeVisible();
      const recovered = await request.post('/sandbox/enov/api/enovipn', { data: IPN });
      expect(recovered.status()).toBe(200);
      expect((await recovered.json()).code).toBe('02');
    } finally {
      // Whatever failed above, the other tests' Enov must not stay broken.
      await request.delete('/sandbox/api/faults');
    }
  });
});
