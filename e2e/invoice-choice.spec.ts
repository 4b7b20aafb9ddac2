import { expect, test, type Page } from '@playwright/test';
import { PHONE, apart, expectNoSidewaysScroll, textLines, type Box } from './layout-support';
import { expectNoAxeViolations, syntheticContractFor } from './support';

/**
 * Issue #17, "heard and seen by everyone": amounts at 320–360 px, the contract with 24
 * invoices in arrears (2015000042, only looked at), and the focus on an amount the server sent
 * back (on synthetic contracts of this spec's own: 90… on desktop, 99… on mobile, numbers
 * ending in 2, where small-screens.spec.ts pays on those ending in 1).
 */

const cont = (page: Page) => page.getByRole('button', { name: 'Continuer vers le paiement' });

for (const width of [320, 360]) {
  test.describe(`amounts at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });

    test('each amount reads on its own and a reference keeps to two lines', async ({ page }) => {
      // 30 000 on three invoices: 25 000 | 0, then 5 000 | 10 000 left, as in the issue.
      await page.goto(
        '/contrat/2019004512/paiement?f=FAC-2026-000101&f=FAC-2026-000102&montant=30000',
      );
      await expect(page.getByTestId('checkout-total')).toHaveText('30 000 FCFA');
      const rows = page.getByRole('table').getByRole('row');
      await expect(rows).toHaveCount(4);
      for (const i of [1, 2]) {
        const row = rows.nth(i);
        const [reference, paid, left] = [
          await textLines(row.getByRole('rowheader')),
          await textLines(row.getByRole('cell').nth(0)),
          await textLines(row.getByRole('cell').nth(1)),
        ];
        expect(reference.lines, 'reference lines').toBeLessThanOrEqual(2);
        expect(apart(paid, left), 'paid and left run together').toBe(true);
        expect(apart(reference, paid), 'reference and paid run together').toBe(true);
        for (const box of [reference, paid, left]) expect(box.right).toBeLessThanOrEqual(width);
      }
      await expect(rows.nth(2)).toContainText('5 000 FCFA');
      await expect(rows.nth(2)).toContainText('10 000 FCFA');
      await expectNoSidewaysScroll(page, 'the checkout');
      await expectNoAxeViolations(page);
    });

    test('the invoice cards give each amount a row of its own, its label beside it', async ({
      page,
    }) => {
      await page.goto('/contrat/2016003321');
      const card = page.getByRole('region', { name: /^Facture / }).first();
      const pairs = card.locator('dl > div');
      await expect(pairs).toHaveCount(4);
      const values: Box[] = [];
      for (const pair of await pairs.all()) {
        const label = await textLines(pair.locator('dt'));
        const value = await textLines(pair.locator('dd'));
        expect(value.top, 'the value is beside its label').toBeLessThan(label.bottom);
        expect(value.left - label.right).toBeGreaterThanOrEqual(12);
        expect(value.right, 'an amount leaves its card').toBeLessThanOrEqual(width - 16);
        values.push(value);
      }
      for (const [i, a] of values.entries())
        for (const b of values.slice(i + 1))
          expect(a.bottom <= b.top || b.bottom <= a.top, 'two amounts share a line').toBe(true);
      await expectNoSidewaysScroll(page, 'the contract');
    });
  });
}

test.describe('the contract with 24 invoices in arrears, at 360 px', () => {
  test.use({ viewport: PHONE });
  const total = (page: Page) => page.getByTestId('selection-total');
  const boxes = (page: Page) =>
    page.getByRole('group', { name: 'Factures à payer' }).getByRole('checkbox');

  test('"Continuer" comes within two screens, the choices name their dates, details fold', async ({
    page,
  }) => {
    await page.goto('/contrat/2015000042');
    await expect(boxes(page)).toHaveCount(24);
    await expect(boxes(page).first()).toHaveAccessibleName(
      /FAC-2024-000400.*10\/11\/2024.*18\s350\sFCFA/,
    );
    const button = (await cont(page).boundingBox())!;
    expect(button.y + button.height, 'Continuer is too far down').toBeLessThanOrEqual(
      2 * PHONE.height,
    );
    // The detail of each invoice is one tap away, folded.
    const details = page.locator('details');
    await expect(details).toHaveCount(24);
    await expect(page.locator('details[open]')).toHaveCount(0);
    await page.getByText('Facture FAC-2024-000400').click();
    await expect(details.first()).toHaveAttribute('open', '');
    await expect(details.first()).toContainText('Émise le10/11/2024');
    await expectNoAxeViolations(page);
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      test(`all and none, and the running total`, async ({ page }) => {
        await page.goto('/contrat/2015000042');
        await expect(total(page)).toHaveText('440 400 FCFA');
        await page.getByRole('button', { name: 'Ne rien sélectionner' }).click();
        // Counted first: a list not yet shown would pass the loop below without a box.
        await expect(boxes(page)).toHaveCount(24);
        for (const box of await boxes(page).all()) await expect(box).not.toBeChecked();
        await expect(total(page)).toHaveText('0 FCFA');

        await boxes(page).nth(0).check();
        await boxes(page).nth(1).check();
        if (javaScriptEnabled) {
          await expect(page.getByRole('button', { name: 'Mettre à jour le total' })).toHaveCount(0);
        } else {
          await page.getByRole('button', { name: 'Mettre à jour le total' }).click();
          await expect(boxes(page).nth(0)).toBeChecked();
          await expect(boxes(page).nth(2)).not.toBeChecked();
        }
        await expect(total(page)).toHaveText('36 700 FCFA');

        await page.getByRole('button', { name: 'Tout sélectionner' }).click();
        await expect(boxes(page)).toHaveCount(24);
        for (const box of await boxes(page).all()) await expect(box).toBeChecked();
        await expect(total(page)).toHaveText('440 400 FCFA');

        await page.getByRole('button', { name: 'Ne rien sélectionner' }).click();
        await boxes(page).nth(0).check();
        await cont(page).click();
        await expect(page.getByTestId('checkout-total')).toHaveText('18 350 FCFA');
      });
    });
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('an amount sent back by the server gets the focus on its error', async ({
      page,
    }, info) => {
      const contract = syntheticContractFor(info, 2);
      await page.goto(`/contrat/${contract}`);
      await page.getByLabel('Montant en FCFA').fill('50');
      await cont(page).click();
      await expect(page).toHaveURL(new RegExp(`/contrat/${contract}\\?`));
      const error = page.locator('#pay-amount-error');
      await expect(error).toContainText('inférieur au minimum');
      await expect(error).toBeFocused();
      // The next key press goes to the field, to correct it.
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('Montant en FCFA')).toBeFocused();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('5000');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('checkout-total')).toHaveText('5 000 FCFA');
    });
  });
}
