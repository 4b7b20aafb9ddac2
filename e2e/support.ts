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

/** Chooses the interface language the way a user does: with the switcher in the header. */
export async function chooseLanguage(page: Page, language: 'fr' | 'en'): Promise<void> {
  const name = language === 'fr' ? /Français/ : /English/;
  const button = page.getByRole('button', { name });
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
