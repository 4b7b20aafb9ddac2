import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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

const runStamp = String(Date.now() % 1e7).padStart(7, '0');

/**
 * A synthetic contract (9xxxxxxxxx) of its own for a test: `series` (1 to 8, one per spec file
 * or part of one) and `n` (per test) keep tests apart, the project (desktop, or the small
 * screen) keeps the projects apart, and the run's stamp keeps runs apart.
 */
export const syntheticContractFor = (
  info: { project: { name: string } },
  n: number,
  series: number,
) => `9${series + (info.project.name === 'desktop' ? 0 : 1)}${runStamp}${n}`;

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
