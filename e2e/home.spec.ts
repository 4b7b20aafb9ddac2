import { expect, test } from '@playwright/test';
import { chooseLanguage, expectNoAxeViolations } from './support';

test.describe('home page', () => {
  test('is French by default and passes axe', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Paiement des primes — LA LOYALE VIE');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Réglez vos primes d’assurance en ligne',
    );
    await expect(page.getByRole('banner')).toContainText('LA LOYALE VIE');
    await expect(page.getByRole('contentinfo')).toContainText('francs CFA (XOF)');
    await expectNoAxeViolations(page);
  });

  test('switches to English, remembers it, and passes axe', async ({ page, context }) => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Pay your insurance premiums online',
    );
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('en');
    expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);

    await chooseLanguage(page, 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Réglez vos primes d’assurance en ligne',
    );
  });

  test('the footer gives the insurer’s number, a link that calls it', async ({ page }) => {
    await page.goto('/');
    const call = page.getByRole('contentinfo').getByRole('link');
    await expect(call).toHaveAttribute('href', /^tel:\+\d{8,15}$/);
    await expect(page.getByRole('contentinfo')).toContainText('Appelez LA LOYALE VIE au +');
    await chooseLanguage(page, 'en');
    await expect(page.getByRole('contentinfo')).toContainText('Call LA LOYALE VIE on +');
  });

  test('fits the viewport without horizontal scrolling', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('is usable from the keyboard: skip link, then the language switcher', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();

    await page.getByRole('button', { name: /English/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a page that does not exist answers 404 with a way home', async ({ page }) => {
    const response = await page.goto('/nulle-part');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
    await expect(page).toHaveURL('/');
    await page.goto('/nulle-part');
    await expectNoAxeViolations(page);
  });
});
