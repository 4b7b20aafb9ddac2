import { expect, test, type Page } from '@playwright/test';
import {
  chooseLanguage,
  expectNoAxeViolations,
  fillBilling,
  syntheticContractFor,
} from './support';

/**
 * Issue #17, mobile money and announcements: the phone asked once, help while the request waits,
 * another number, and a receipt that is announced without talking over the customer.
 * Each test pays on its own synthetic contract (series 97/98: apart from payment.spec.ts).
 */

test.describe.configure({ timeout: 60_000 });

// A wallet payment ends 6 s (answer) or 12 s (expiry) after the push (playwright.config.ts).
const WALLET_ANSWER = 30_000;
const SECURE = /Votre numéro de carte n’est jamais conservé/;

async function payByWallet(page: Page, operator: string, number: string) {
  await page.getByLabel(operator).check();
  await page.getByLabel('Numéro mobile money').fill(number);
  await fillBilling(page, { phone: false });
  await page.getByRole('button', { name: /^Payer / }).click();
  await expect(page).toHaveURL(/\/recu\//);
}

test('mobile money asks the phone once and says nothing about card data', async ({
  page,
  request,
}, info) => {
  const contract = syntheticContractFor(info, 1);
  await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
  await expect(page.getByText(SECURE)).toBeVisible();
  await expect(page.getByLabel('Téléphone', { exact: true })).toBeVisible();
  await page.getByLabel('Orange Money').check();
  await expect(page.getByLabel('Numéro mobile money')).toBeVisible();
  await expect(page.getByLabel('Numéro mobile money')).toHaveAccessibleDescription(
    /c’est aussi votre numéro de contact/,
  );
  await expect(page.getByLabel('Téléphone', { exact: true })).toBeHidden();
  await expect(page.getByText(SECURE)).toBeHidden();
  await expect(page.getByLabel('Numéro de carte')).toBeHidden();
  await expectNoAxeViolations(page);
  await page.getByLabel('Carte bancaire').check();
  await expect(page.getByText(SECURE)).toBeVisible();
  await expect(page.getByLabel('Téléphone', { exact: true })).toBeVisible();

  await payByWallet(page, 'Orange Money', '07 00 00 00 11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reçu de paiement', {
    timeout: WALLET_ANSWER,
  });
  // The wallet's number is the contact phone reported to LOVAT.
  const reference = await page.getByTestId('receipt-Référence du paiement').textContent();
  await expect
    .poll(async () => {
      const res = await request.get(`/sandbox/api/reports?transaction_id=${reference}`);
      const { reports } = (await res.json()) as {
        reports: Array<{ fields: Record<string, string> }>;
      };
      return reports[0]?.fields.customer_phone_number;
    })
    .toBe('+2250700000011');
});

for (const [n, operator, number, help, href] of [
  [2, 'Orange Money', '07 00 00 00 01', 'Composer le #144*82#', 'tel:%23144*82%23'],
  [3, 'MTN MoMo', '05 00 00 00 01', 'Composer le *133#', 'tel:*133%23'],
  [4, 'Moov Money', '01 00 00 00 01', 'Composer le *155#', 'tel:*155%23'],
  [5, 'Wave', '07 00 00 00 01', 'Ouvrez l’application Wave', null],
] as const) {
  test(`${operator}: the waiting screen says where to find the request`, async ({ page }, info) => {
    const contract = syntheticContractFor(info, n);
    await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
    await payByWallet(page, operator, number);
    await expect(
      page.getByRole('heading', { name: 'Aucune demande sur votre téléphone ?' }),
    ).toBeVisible();
    if (href) await expect(page.getByRole('link', { name: help })).toHaveAttribute('href', href);
    else await expect(page.getByText(help)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Changer de numéro' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the wait is announced by its changes, not every second', async ({ page }, info) => {
  const contract = syntheticContractFor(info, 6);
  await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
  // Ending in 03: the phone never answers, the request expires 12 s after it was sent.
  await payByWallet(page, 'MTN MoMo', '05 00 00 00 03');
  const countdown = page.getByText(/Temps restant : \d+ s/);
  await expect(countdown).toBeVisible();
  await expect(
    countdown.locator('xpath=ancestor-or-self::*[@aria-live or @role="status" or @role="alert"]'),
  ).toHaveCount(0);
  // Every change of text in any live region of the page, from now on.
  await page.evaluate(() => {
    const w = window as unknown as { liveChanges: string[] };
    w.liveChanges = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) w.liveChanges.push((r.target.textContent ?? '').trim());
    });
    for (const region of document.querySelectorAll(
      'main [aria-live], main [role="status"], main [role="alert"], main [role="log"]',
    ))
      observer.observe(region, { childList: true, subtree: true, characterData: true });
  });
  const started = Date.now();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paiement non validé', {
    timeout: WALLET_ANSWER,
  });
  expect(Date.now() - started, 'the wait watched').toBeGreaterThan(5_000);
  await expect(page.getByText('Aucune réponse sur le téléphone.')).toBeVisible();
  const changes = await page.evaluate(
    () => (window as unknown as { liveChanges: string[] }).liveChanges,
  );
  // The new state and its cause, each said once; the countdown's ticks never.
  expect(changes.length, changes.join(' | ')).toBeLessThanOrEqual(2);
  expect(changes).toContain('Paiement non validé');
  expect(changes).toContain('Aucune réponse sur le téléphone.');
});

test('another number: the request is withdrawn and the checkout keeps the choice', async ({
  page,
}, info) => {
  const contract = syntheticContractFor(info, 7);
  const checkout = `/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`;
  await page.goto(checkout);
  await payByWallet(page, 'Moov Money', '01 00 00 00 03');
  const receipt = page.url();
  await page.getByRole('button', { name: 'Changer de numéro' }).click();
  await expect(page).toHaveURL(`${checkout}&moyen=moov#wallet-number`);
  await expect(page.getByLabel('Moov Money')).toBeChecked();
  await expect(page.getByLabel('Numéro mobile money')).toBeVisible();
  // The invoice is free again: the new request goes out at once.
  await page.getByLabel('Numéro mobile money').fill('01 00 00 00 01');
  await fillBilling(page, { phone: false });
  await page.getByRole('button', { name: /^Payer / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('En attente de validation');
  await page.goto(receipt);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paiement non validé');
  await expect(page.getByText('Vous avez demandé à payer avec un autre numéro.')).toBeVisible();
});

test('a plain visit leaves focus alone; the title follows the state in English', async ({
  page,
}, info) => {
  const contract = syntheticContractFor(info, 8);
  await page.goto(`/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`);
  await chooseLanguage(page, 'en');
  await page.getByLabel('Wave').check();
  await page.getByLabel('Mobile money number').fill('07 00 00 00 01');
  await page.getByLabel('Address', { exact: true }).fill('Plateau, Avenue Chardy');
  await page.getByLabel('City').fill('Abidjan');
  await page.getByRole('button', { name: /^Pay / }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Awaiting approval');
  await expect(page).toHaveTitle(/^Awaiting approval · PAY-.* — LA LOYALE VIE$/);
  await expect(heading).toBeFocused();
  await expect(page.getByText('Open the Wave app')).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(heading).not.toBeFocused();
  await expect(heading).toHaveText('Payment receipt', { timeout: WALLET_ANSWER });
  await expect(page).toHaveTitle(/^Payment receipt · PAY-.* — LA LOYALE VIE$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server shows the chosen method, and CSS follows the radio', async ({ page }, info) => {
    const contract = syntheticContractFor(info, 9);
    const checkout = `/contrat/${contract}/paiement?f=SYN-${contract}-1&mode=full`;
    await page.goto(checkout);
    await page.getByLabel('MTN MoMo').check();
    await expect(page.getByText(SECURE)).toBeHidden();
    await expect(page.getByLabel('Téléphone', { exact: true })).toBeHidden();
    await expect(page.getByLabel('Numéro de carte')).toBeHidden();
    // A wrong number: the page comes back with MTN still chosen and the error beside its field.
    await page.getByLabel('Numéro mobile money').fill('07 00 00 00 01');
    await fillBilling(page, { phone: false });
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByText('Ce numéro n’appartient pas à l’opérateur choisi.')).toBeVisible();
    await expect(page.getByLabel('MTN MoMo')).toBeChecked();
    await expect(page.getByText(SECURE)).toBeHidden();

    await page.getByLabel('Numéro mobile money').fill('05 00 00 00 03');
    await fillBilling(page, { phone: false });
    await page.getByRole('button', { name: /^Payer / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En attente de validation');
    await expect(page.getByRole('link', { name: 'Composer le *133#' })).toBeVisible();
    await page.getByRole('button', { name: 'Changer de numéro' }).click();
    await expect(page).toHaveURL(`${checkout}&moyen=mtn#wallet-number`);
    await expect(page.getByLabel('MTN MoMo')).toBeChecked();
    await expect(page.getByLabel('Numéro mobile money')).toBeVisible();
    await expect(page.getByText(SECURE)).toBeHidden();
    await expect(page.getByTestId('checkout-total')).toBeVisible();
  });
});
