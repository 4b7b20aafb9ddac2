import { expect, test } from '@playwright/test';
import { ADMIN, AGENT, customerPays, signIn, STORAGE, syntheticContract } from './agent-support';
import { expectNoAxeViolations } from './support';

test.describe('anonymous visitors', () => {
  test('are sent to sign in, then back where they were going', async ({ page }) => {
    await page.goto('/agent/paiements?status=confirmed');
    await expect(page).toHaveURL(/\/agent\/connexion\?from=/);
    await expect(page.getByRole('heading', { name: 'Connexion des agents' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Adresse email professionnelle').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/\/agent\/paiements\?status=confirmed$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Paiements' })).toBeVisible();
  });

  test('get one message for an unknown account and for a wrong password', async ({ page }) => {
    await page.goto('/agent/connexion');
    const messages: string[] = [];
    for (const [email, password] of [
      ['nobody@lalo.test', 'whatever-password'],
      [AGENT.email, 'not-the-password'],
    ]) {
      await page.getByLabel('Adresse email professionnelle').fill(email!);
      await page.getByLabel('Mot de passe').fill(password!);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      const alert = page.getByText('Adresse email ou mot de passe incorrect.');
      await expect(alert).toBeVisible();
      messages.push((await alert.textContent()) ?? '');
    }
    expect(messages[0]).toBe(messages[1]);
    await expectNoAxeViolations(page);
  });

  test('never reach admin pages or the export', async ({ page, request }) => {
    await page.goto('/agent/journal');
    await expect(page).toHaveURL(/\/agent\/connexion/);
    const csv = await request.get('/agent/paiements/export', { maxRedirects: 0 });
    expect([307, 401]).toContain(csv.status());
  });
});

test.describe('a plain agent', () => {
  test.use({ storageState: STORAGE.agent });

  test('works the payments but is kept out of admin pages', async ({ page }) => {
    await page.goto('/agent');
    await expect(page.getByRole('link', { name: 'Paiements', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Équipe', exact: true })).toHaveCount(0);
    for (const path of ['/agent/equipe', '/agent/journal']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('an admin', () => {
  test.use({ storageState: STORAGE.admin });

  test('finds a payment, refunds one invoice of it, and every page passes axe', async ({
    page,
    browser,
  }) => {
    // A customer's payment, then six agent pages each audited by axe: near a minute on two
    // shared cores, for the old code as for the new, so it gets the slow-test allowance.
    test.slow();
    const contract = syntheticContract();
    const customer = await browser.newContext({ storageState: undefined });
    await customerPays(await customer.newPage(), contract);
    await customer.close();

    await page.goto('/agent');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Contrats' }).click();
    await page.getByLabel('Numéro de contrat').fill(contract);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(
      page.getByRole('heading', { name: 'Paiements reçus par notre service' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /^PAY-/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Paiement PAY-/ })).toBeVisible();
    const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.replace(
      'Paiement ',
      '',
    );
    await expect(page.getByTestId('delivery').first()).toContainText('remis');
    await expectNoAxeViolations(page);
    // A notice still being sent cannot be refunded: wait until the insurer has answered them all.
    await expect
      .poll(async () => {
        await page.reload();
        const deliveries = await page.getByTestId('delivery').allTextContents();
        return deliveries.every((text) => text.includes('remis'));
      })
      .toBe(true);

    // One invoice, refunded whole (the first option is every invoice when there are several).
    const invoiceChoice = page.getByLabel('Facture à rembourser');
    const single = (await invoiceChoice.locator('option').allTextContents()).find(
      (label) => !label.startsWith('Toutes'),
    )!;
    const refunded = single.split('—')[1]!.replace(/\D/g, '');
    await invoiceChoice.selectOption({ label: single });
    await page.getByRole('button', { name: 'Rembourser' }).click();
    await expect(page.getByText('Indiquez un motif (3 caractères au moins).')).toBeVisible();
    await expect(page.getByText('Cochez la case pour confirmer.')).toBeVisible();
    // The refused form keeps the invoice chosen.
    await expect(invoiceChoice.locator('option:checked')).toHaveText(single);
    await page.getByLabel('Motif (obligatoire)').first().fill('Geste commercial');
    await page.getByLabel('Je confirme le remboursement au client.').check();
    await page.getByRole('button', { name: 'Rembourser' }).click();
    // The insurer has this invoice as paid: refused, unless the agent overrides explicitly.
    await expect(
      page.getByText(/L’assureur a déjà enregistré cette facture comme payée/),
    ).toBeVisible();
    await expect(invoiceChoice.locator('option:checked')).toHaveText(single);
    await page.getByLabel('Je confirme le remboursement au client.').check();
    await page.getByLabel(/je confirme la rembourser quand même/).check();
    await page.getByRole('button', { name: 'Rembourser' }).click();
    await expect(page.getByText('Remboursement enregistré.')).toBeVisible();
    await expect(page.getByText('Remboursé', { exact: true })).toBeVisible();

    // The sandbox's LOVAT received the refund as a new report for the same transaction.
    await expect
      .poll(async () => {
        const res = await page.request.get(`/sandbox/api/reports?transaction_id=${reference}`);
        const { reports } = (await res.json()) as {
          reports: Array<{ status: string; fields: Record<string, string> }>;
        };
        return reports.map((r) => `${r.status}:${r.fields.transaction_sum}`).sort();
      })
      .toEqual(
        expect.arrayContaining([`refund:${refunded}`, expect.stringMatching(/^success:\d+$/)]),
      );

    await page.getByRole('link', { name: 'Paiements', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Journal d’audit' }).click();
    await expect(page.getByRole('cell', { name: 'Geste commercial' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Équipe', exact: true }).click();
    await expectNoAxeViolations(page);
  });

  test('exports the filtered payments as CSV', async ({ page, browser }) => {
    const contract = syntheticContract();
    const customer = await browser.newContext({ storageState: undefined });
    await customerPays(await customer.newPage(), contract);
    await customer.close();
    await page.goto(`/agent/paiements?contract=${contract}`);
    await expect(page.getByText('1 paiement', { exact: true })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter en CSV' }).click();
    const file = await download;
    const text = await (
      await file.createReadStream()
    )
      .toArray()
      .then((c) => Buffer.concat(c).toString('utf8'));
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Référence,Date,Contrat');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(contract);
  });
});

test('signing out ends the session: the old cookie is refused', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, AGENT);
  const cookies = await context.cookies();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
  await context.close();

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto('/agent');
  await expect(again).toHaveURL(/\/agent\/connexion/);
  const csv = await again.request.get('/agent/paiements/export');
  expect(csv.status()).toBe(401);
  await replay.close();
});
