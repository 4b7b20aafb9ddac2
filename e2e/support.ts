import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Runs axe with WCAG 2.x A/AA rules and fails on any violation, listing them readably. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

/**
 * A synthetic contract (9 and nine digits, three open invoices) of a test's own, drawn from the
 * run, the test (its file, titles, project and repeat: Playwright's test id) and `n`, so no two
 * tests share one whichever worker runs them and when, and a run against a database kept from
 * an earlier one (`E2E_PGLITE_DIR` given) meets no invoice it has paid before.
 */
export function syntheticContractFor(info: Pick<TestInfo, 'testId'>, n: number): string {
  const digest = createHash('sha256').update(`${process.env.E2E_RUN}|${info.testId}|${n}`).digest();
  return `9${String(digest.readUInt32BE(0) % 1e9).padStart(9, '0')}`;
}

/** Chooses the interface language the way a user does: with the switcher in the header. */
export async function chooseLanguage(page: Page, language: 'fr' | 'en'): Promise<void> {
  const name = language === 'fr' ? /Français/ : /English/;
  const button = page.getByRole('button', { name });
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * The checkout's billing fields, as a customer in Abidjan fills them. Paying by mobile money
 * (`phone: false`) the phone is not asked: the wallet's number is used.
 */
export async function fillBilling(page: Page, { phone = true }: { phone?: boolean } = {}) {
  await page.getByLabel('Adresse', { exact: true }).fill('Rue des Jardins, Cocody');
  await page.getByLabel('Ville').fill('Abidjan');
  if (phone) await page.getByLabel('Téléphone', { exact: true }).fill('+225 07 00 00 00 01');
}

/** Pays on the checkout page with a card number and valid expiry and code. */
export async function payByCard(page: Page, number: string) {
  await page.getByLabel('Numéro de carte').fill(number);
  await page.getByLabel('Date d’expiration (MM/AA)').fill('12/30');
  await page.getByLabel('Cryptogramme (3 chiffres au dos)').fill('123');
  await fillBilling(page);
  await page.getByRole('button', { name: /^Payer / }).click();
}
