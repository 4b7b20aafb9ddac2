import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, syntheticContractFor } from './support';

/**
 * Issue #17, forms that forgive: the amount on the contract page. Nothing is paid here, so the
 * synthetic contracts (9xxxxxxxxx) are only looked up; each project has its own all the same.
 */

const amountField = (page: Page) => page.getByLabel('Montant en FCFA');
const cont = (page: Page) => page.getByRole('button', { name: 'Continuer vers le paiement' });

/** The total due shown on the contract page, as a number. */
async function totalDue(page: Page): Promise<number> {
  return Number((await page.getByTestId('total-due').textContent())!.replace(/\D/g, ''));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const typed of ['1000', '1.000', '1,000', '1 000']) {
      test(`a typed ${typed} is the choice, read as 1 000 FCFA`, async ({ page }, info) => {
        await page.goto(`/contrat/${syntheticContractFor(info, 1)}`);
        // "Un autre montant" is not ticked first: typing the amount is the choice.
        await amountField(page).fill(typed);
        if (javaScriptEnabled) await expect(page.getByLabel('Un autre montant')).toBeChecked();
        await cont(page).click();
        await expect(page.getByTestId('checkout-total')).toHaveText('1 000 FCFA');
      });
    }

    test('below the minimum, above what is due, or no invoice: said beside the field', async ({
      page,
    }, info) => {
      const contract = syntheticContractFor(info, 2);
      await page.goto(`/contrat/${contract}`);
      const due = await totalDue(page);
      const field = amountField(page);

      await field.fill('50');
      await cont(page).click();
      await expect(page).toHaveURL(new RegExp(`/contrat/${contract}\\?`));
      const error = page.locator('#pay-amount-error');
      await expect(error).toContainText('Ce montant est inférieur au minimum de');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAttribute('aria-describedby', /pay-amount-error/);
      await expect(field).toHaveValue('50');
      await expect(page.getByLabel('Un autre montant')).toBeChecked();
      // axe runs in the page, so only where scripts do.
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await field.fill(String(due + 1));
      await cont(page).click();
      await expect(error).toHaveText(
        /Ce montant dépasse ce qui est dû sur les factures cochées : [\d\s]+FCFA au plus\./,
      );
      await expect(error).toContainText(
        `${due.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')}\u00a0FCFA`,
      );

      await field.fill('30,5');
      await cont(page).click();
      await expect(error).toContainText('Ce montant n’est pas lisible');
      // The invoices stream in hidden until React puts them in place: the boxes are looked for
      // once the page shows them.
      await expect(page.getByRole('checkbox')).toHaveCount(3);

      for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
      await field.fill('');
      if (!javaScriptEnabled) await page.getByLabel('Tout le montant dû').check();
      await cont(page).click();
      await expect(page.getByText('Cochez au moins une facture à payer.')).toBeVisible();
      await expect(
        page.getByRole('group', { name: 'Factures à payer' }),
      ).toHaveAccessibleDescription('Cochez au moins une facture à payer.');
      await expect(page.getByRole('checkbox').first()).not.toBeChecked();
    });
  });
}

test('a field the customer is in before the scripts start keeps the focus and what is typed', async ({
  page,
}, info) => {
  // The amount's error takes the focus when the page's scripts start, so it is read first; on a
  // slow phone the customer may already be correcting the amount by then. Scripts held back here
  // until the field has been typed in, as on 3G.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the stylesheet is a chunk too, and the streamed invoices wait for it.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const contract = syntheticContractFor(info, 3);
  await page.goto(`/contrat/${contract}?mode=partial&montant=30%2C5&erreur=amountUnreadable`, {
    waitUntil: 'commit',
  });
  const field = amountField(page);
  await field.fill('');
  await page.keyboard.type('3000');
  release();
  // Running: the picker's "update the total" button (for pages without scripts) has gone.
  await expect(page.getByRole('button', { name: 'Mettre à jour le total' })).toHaveCount(0);
  await expect(field).toBeFocused();
  await page.keyboard.type('0');
  await expect(field).toHaveValue('30000');
});
