import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fillBilling, payByCard } from './support';

/**
 * Each test pays on its own synthetic contract (9xxxxxxxxx), so tests and projects running side
 * by side never pay the same invoice.
 */
const runStamp = String(Date.now() % 1e7).padStart(7, '0');
const contractFor = (info: { project: { name: string } }, n: number) =>
  `9${info.project.name === 'desktop' ? '1' : '2'}${runStamp}${n}`;

// A payment goes through the app, the processor, the insurer and LOVAT: give it room on a busy
// two-core machine.
test.describe.configure({ timeout: 60_000 });

// A wallet payment ends 6 s (answer) or 12 s (expiry) after the push (playwright.config.ts).
const WALLET_ANSWER = 30_000;

test.describe('paying invoices', () => {
  test('pays everything by card and gets a receipt confirmed by the insurer', async ({
    page,
    request,
  }, info) => {
    const contract = contractFor(info, 1);
    await page.goto(`/contrat/${contract}`);
    const total = (await page.getByTestId('total-due').textContent())!;
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    await expect(page).toHaveURL(new RegExp(`/contrat/${contract}/paiement`));
    await expect(page.getByTestId('checkout-total')).toHaveText(total);
    await expect(page.getByText('4242 4242 4242 4242 (acceptée)', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    await payByCard(page, '4242 4242 4242 4242');
    await expect(page).toHaveURL(/\/recu\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('4242-****-****-4242')).toBeVisible();
    await expect(page.getByText('Confirmé par l’assureur').first()).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await request.get(`${new URL(page.url()).pathname}/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const sandbox = await (await request.get(`/sandbox/api/invoices?idcontrat=${contract}`)).json();
    for (const inv of sandbox.invoices) expect(inv.montantRegle).toBe(inv.montant);
    await page.goto(`/contrat/${contract}`);
    await expect(page.getByText('Votre contrat est à jour')).toBeVisible();
  });

  test('pays part of the amount, allocated oldest first', async ({ page }, info) => {
    const contract = contractFor(info, 2);
    await page.goto(`/contrat/${contract}`);
    await page.getByLabel('Un autre montant').check();
    await page.getByLabel('Montant en FCFA').fill('1000');
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    await expect(page.getByTestId('checkout-total')).toHaveText('1 000 FCFA');
    const rows = page.getByRole('row');
    await expect(rows.nth(1)).toContainText(`SYN-${contract}-1`);
    await expect(rows).toHaveCount(3);
    await payByCard(page, '4242424242424242');
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 20_000 });
  });

  test('a declined card takes nothing and says so', async ({ page }, info) => {
    await page.goto(
      `/contrat/${contractFor(info, 3)}/paiement?f=SYN-${contractFor(info, 3)}-1&mode=full`,
    );
    await payByCard(page, '4000 0000 0000 0002');
    await expect(page.getByText('Paiement refusé')).toBeVisible();
    await expect(page.getByText('La banque a refusé la carte.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('explains each wrong field beside it', async ({ page }, info) => {
    const contract = contractFor(info, 4);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4241');
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Ce numéro de carte n’est pas valide.')).toBeVisible();
    await expect(page.getByLabel('Numéro de carte')).toBeFocused();
    await expect(page.getByText('Saisissez votre adresse')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('pays with Orange Money after approval on the phone', async ({ page }, info) => {
    const contract = contractFor(info, 5);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-3&mode=full`);
    await page.getByLabel('Orange Money').check();
    await page.getByLabel('Numéro mobile money').fill('07 00 00 00 01');
    await fillBilling(page);
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Validez le paiement sur votre téléphone')).toBeVisible();
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: WALLET_ANSWER });
    await expect(page.getByText('+225 07 •• •• •• 01')).toBeVisible();
  });
});

for (const [n, number, title, reason] of [
  [6, '4000 0000 0000 9995', 'Paiement refusé', 'Provision insuffisante sur la carte.'],
  [7, '4000 0000 0000 0119', 'Paiement impossible', 'Erreur du service de paiement.'],
] as const) {
  test(`card ${number}: ${title}, nothing taken`, async ({ page }, info) => {
    const contract = contractFor(info, n);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await payByCard(page, number);
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByText('Aucun montant n’a été prélevé', { exact: false })).toBeVisible();
  });
}

for (const [n, ending, title] of [
  [8, '02', 'Paiement refusé'],
  [9, '03', 'Paiement non validé'],
] as const) {
  test(`mobile money ending in ${ending}: ${title}`, async ({ page }, info) => {
    const contract = contractFor(info, n);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await page.getByLabel('MTN MoMo').check();
    await page.getByLabel('Numéro mobile money').fill(`05000000${ending}`);
    await fillBilling(page);
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Validez le paiement sur votre téléphone')).toBeVisible();
    await expect(page.getByText(/Temps restant : \d+ s/)).toBeVisible();
    await expect(page.getByText(title)).toBeVisible({ timeout: WALLET_ANSWER });
  });
}

test('a double click and a reload make one payment and one notice to the insurer', async ({
  page,
  request,
}, info) => {
  const contract = contractFor(info, 0);
  await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
  await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
  await page.getByLabel('Date d’expiration (MM/AA)').fill('12/30');
  await page.getByLabel('Cryptogramme (3 chiffres au dos)').fill('123');
  await fillBilling(page);
  await page.getByRole('button', { name: /^Payer / }).dblclick();
  await expect(page).toHaveURL(/\/recu\//);
  await page.reload();
  await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 20_000 });
  const { notifications } = await (
    await request.get(`/sandbox/api/notifications?reference=SYN-${contract}-1`)
  ).json();
  expect(notifications.filter((n: { applied: boolean }) => n.applied)).toHaveLength(1);
});

test('the whole journey in English, from the keyboard', async ({ page }, info) => {
  const contract = contractFor(info, 1).replace(/1$/, '4');
  await page.goto('/');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByLabel('Contract number').focus();
  await page.keyboard.type(contract);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Contract no. ${contract}`);
  await page.getByRole('button', { name: 'Continue to payment' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date (MM/YY)').fill('12/30');
  await page.getByLabel('Security code (3 digits on the back)').fill('123');
  await page.getByLabel('Address', { exact: true }).fill('Plateau, Avenue Chardy');
  await page.getByLabel('City').fill('Abidjan');
  await page.getByLabel('Phone', { exact: true }).fill('+2250700000001');
  await page.getByRole('button', { name: /^Pay / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Payment confirmed')).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
});
