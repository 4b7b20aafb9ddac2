import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readPdf } from '../lib/pdf/read-pdf';
import {
  chooseLanguage,
  expectNoAxeViolations,
  fillBilling,
  payByCard,
  syntheticContractFor,
} from './support';

/** The insurer's contact as the e2e server has it: the sandbox's made-up one, said to be so. */
async function expectInsurerContact(page: Page) {
  const contact = page.getByRole('region', { name: 'Besoin d’aide ? Contactez LA LOYALE VIE' });
  await expect(contact.getByRole('link', { name: '+225 27 20 00 00 00' })).toHaveAttribute(
    'href',
    'tel:+2252720000000',
  );
  await expect(contact.getByRole('link', { name: '+225 07 00 00 00 00' })).toHaveAttribute(
    'href',
    'https://wa.me/2250700000000',
  );
  await expect(contact).toContainText('Du lundi au vendredi, de 8:00 à 17:00');
  await expect(contact).toContainText('Coordonnées fictives du bac à sable');
}

/** What only money actually taken gets: the receipt's title and wording, print and the PDF. */
async function expectNoReceipt(page: Page, request: APIRequestContext, paid = 'Montant payé') {
  await expect(page).not.toHaveTitle(/Reçu|Receipt/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Reçu|receipt/);
  await expect(page.getByText(paid)).toHaveCount(0);
  await expect(page.getByText(/Factures réglées|Invoices paid|Reste dû|Left due/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Imprimer|Print/ })).toHaveCount(0);
  await expect(page.locator('a[href$="/pdf"]')).toHaveCount(0);
  const pdf = await request.get(`${new URL(page.url()).pathname}/pdf`);
  expect(pdf.status()).toBe(404);
}

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
    const contract = syntheticContractFor(info, 1);
    await page.goto(`/contrat/${contract}`);
    const total = (await page.getByTestId('total-due').textContent())!;
    await page.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    await expect(page).toHaveURL(new RegExp(`/contrat/${contract}/paiement`));
    await expect(page.getByTestId('checkout-total')).toHaveText(total);
    await expect(page.getByText('4242 4242 4242 4242 (acceptée)', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    await payByCard(page, '4242 4242 4242 4242');
    await expect(page).toHaveURL(/\/recu\/[A-Za-z0-9_-]{43}$/);
    // After "Payer" the heading has focus, so a screen reader says where the payment stands.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('4242-****-****-4242')).toBeVisible();
    await expect(page.getByText('Confirmé par l’assureur').first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reçu de paiement');
    await expect(page).toHaveTitle(/^Reçu de paiement · PAY-/);
    await expect(page.getByText('Montant payé')).toBeVisible();
    await expect(page.getByText('Factures réglées')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Télécharger le reçu (PDF)' })).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await request.get(`${new URL(page.url()).pathname}/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectInsurerContact(page);
    // The PDF: the state first, as a heading, and whom to call.
    const { runs } = await readPdf(await pdf.body());
    expect(runs[0]).toMatchObject({ text: 'Paiement confirmé', tag: 'H1' });
    expect(runs.map((r) => r.text)).toContain('+225 27 20 00 00 00');

    const sandbox = await (await request.get(`/sandbox/api/invoices?idcontrat=${contract}`)).json();
    for (const inv of sandbox.invoices) expect(inv.montantRegle).toBe(inv.montant);
    // Enov answers a paid-up contract as it answers a mistyped one: never "à jour".
    await page.goto(`/contrat/${contract}`);
    await expect(
      page.getByText(`Aucune facture ouverte trouvée pour le n° ${contract} : vérifiez le numéro`),
    ).toBeVisible();
  });

  test('pays part of the amount, allocated oldest first', async ({ page }, info) => {
    const contract = syntheticContractFor(info, 2);
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

  test('a declined card is no receipt: titled by its state, retried first with the same selection', async ({
    page,
    request,
  }, info) => {
    const contract = syntheticContractFor(info, 3);
    const checkout = `/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`;
    await page.goto(checkout);
    await payByCard(page, '4000 0000 0000 0002');
    await expect(page).toHaveURL(/\/recu\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paiement refusé');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(/^Paiement refusé · PAY-/);
    await expect(page.getByText('La banque a refusé la carte.')).toBeVisible();
    await expect(page.getByText('Montant', { exact: true })).toBeVisible();
    await expectNoReceipt(page, request);
    const retry = page.getByRole('link', { name: 'Réessayer le paiement' });
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(
      'Réessayer le paiement',
    );
    await expect(retry).toHaveAttribute('href', checkout);
    await expect(page.getByRole('link', { name: 'Payer avec un autre moyen' })).toHaveAttribute(
      'href',
      `${checkout}#moyen`,
    );
    await expectInsurerContact(page);
    await expectNoAxeViolations(page);

    await retry.click();
    await expect(page).toHaveURL(checkout);
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reçu de paiement', {
      timeout: 20_000,
    });
  });

  test('in English, a declined card is titled by its state and offers a new try', async ({
    page,
    request,
  }, info) => {
    const contract = syntheticContractFor(info, 21);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-2&mode=full`);
    await chooseLanguage(page, 'en');
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry date (MM/YY)').fill('12/30');
    await page.getByLabel('Security code (3 digits on the back)').fill('123');
    await page.getByLabel('Address', { exact: true }).fill('Plateau, Avenue Chardy');
    await page.getByLabel('City').fill('Abidjan');
    await page.getByLabel('Phone', { exact: true }).fill('+2250700000001');
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment declined');
    await expect(page).toHaveTitle(/^Payment declined · PAY-/);
    await expect(page.getByText('Amount', { exact: true })).toBeVisible();
    await expectNoReceipt(page, request, 'Amount paid');
    await expect(page.getByRole('link', { name: 'Try the payment again' })).toHaveAttribute(
      'href',
      `/contrat/${contract}/paiement?f=SYN-${contract}-2&mode=full`,
    );
    await expectNoAxeViolations(page);
  });

  test('explains each wrong field beside it', async ({ page }, info) => {
    const contract = syntheticContractFor(info, 4);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4241');
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Ce numéro de carte n’est pas valide.')).toBeVisible();
    await expect(page.getByLabel('Numéro de carte')).toBeFocused();
    await expect(page.getByText('Saisissez votre adresse')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('pays with Orange Money after approval on the phone', async ({ page }, info) => {
    const contract = syntheticContractFor(info, 5);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-3&mode=full`);
    await page.getByLabel('Orange Money').check();
    await page.getByLabel('Numéro mobile money').fill('07 00 00 00 01');
    await fillBilling(page, { phone: false });
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Validez le paiement sur votre téléphone')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En attente de validation');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle(/^En attente de validation · PAY-/);
    await expect(page.locator('a[href$="/pdf"]')).toHaveCount(0);
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: WALLET_ANSWER });
    await expect(page.getByText('+225 07 •• •• •• 01')).toBeVisible();
    // The title and heading follow the state as it changes, without a reload.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reçu de paiement');
    await expect(page).toHaveTitle(/^Reçu de paiement · PAY-/);
    await expect(page.getByText('Montant payé')).toBeVisible();
  });
});

for (const [n, number, title, reason] of [
  [6, '4000 0000 0000 9995', 'Paiement refusé', 'Provision insuffisante sur la carte.'],
  [7, '4000 0000 0000 0119', 'Paiement impossible', 'Erreur du service de paiement.'],
] as const) {
  test(`card ${number}: ${title}, nothing taken`, async ({ page, request }, info) => {
    const contract = syntheticContractFor(info, n);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await payByCard(page, number);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title} · PAY-`));
    await expectNoReceipt(page, request);
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByText('Aucun montant n’a été prélevé', { exact: false })).toBeVisible();
  });
}

for (const [n, ending, title] of [
  [8, '02', 'Paiement refusé'],
  [9, '03', 'Paiement non validé'],
] as const) {
  test(`mobile money ending in ${ending}: ${title}`, async ({ page, request }, info) => {
    const contract = syntheticContractFor(info, n);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await page.getByLabel('MTN MoMo').check();
    await page.getByLabel('Numéro mobile money').fill(`05000000${ending}`);
    await fillBilling(page, { phone: false });
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Validez le paiement sur votre téléphone')).toBeVisible();
    await expect(page.getByText(/Temps restant : \d+ s/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En attente de validation');
    await expect(page).toHaveTitle(/^En attente de validation · PAY-/);
    await expect(page.locator('a[href$="/pdf"]')).toHaveCount(0);
    // The heading and the title change live; still no receipt, and the retry keeps the choice.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, {
      timeout: WALLET_ANSWER,
    });
    await expect(page).toHaveTitle(new RegExp(`^${title} · PAY-`));
    await expectNoReceipt(page, request);
    // The retry comes first, on screen, with the same operator ticked; the waiting help is gone.
    const retry = page.getByRole('link', { name: 'Réessayer le paiement' });
    await expect(retry).toHaveAttribute(
      'href',
      `/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full&moyen=mtn`,
    );
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(
      'Réessayer le paiement',
    );
    await expect(retry).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Changer de numéro' })).toHaveCount(0);
    await retry.click();
    await expect(page.getByLabel('MTN MoMo')).toBeChecked();
    await expect(page.getByLabel('Numéro mobile money')).toBeVisible();
  });
}

test('a double click and a reload make one payment and one notice to the insurer', async ({
  page,
  request,
}, info) => {
  const contract = syntheticContractFor(info, 0);
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
  const contract = syntheticContractFor(info, 1).replace(/1$/, '4');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a declined card is titled by its state and retried with the same partial amount', async ({
    page,
    request,
  }, info) => {
    const contract = syntheticContractFor(info, 22);
    const checkout = `/contrat/${contract}/paiement?f=SYN-${contract}-1&f=SYN-${contract}-2&mode=partial&montant=1000`;
    await page.goto(checkout);
    await payByCard(page, '4000 0000 0000 0002');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paiement refusé');
    await expect(page).toHaveTitle(/^Paiement refusé · PAY-/);
    await expectNoReceipt(page, request);
    await page.getByRole('link', { name: 'Réessayer le paiement' }).click();
    await expect(page.getByTestId('checkout-total')).toHaveText('1 000 FCFA');
  });
});
