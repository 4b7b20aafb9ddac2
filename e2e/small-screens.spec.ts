import { expect, test, type Locator, type Page } from '@playwright/test';
import { PHONE, contrast, expectNoSidewaysScroll, textAt200 } from './layout-support';
import { payByCard, syntheticContractFor } from './support';

/**
 * Issue #17, "heard and seen by everyone": a 360 px phone with its text at 200 %, forced
 * colours, focus indicators and the skip link. Every test here runs at phone size whatever the
 * project; the receipt is paid on a synthetic contract of this spec's own (90… on desktop, 99…
 * on mobile).
 */

const cont = (page: Page) => page.getByRole('button', { name: 'Continuer vers le paiement' });

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  test('with text at 200 %, nothing scrolls sideways and the header keeps both languages', async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await textAt200(page);
    await expectNoSidewaysScroll(page, 'the home page');
    const en = page.getByRole('button', { name: /English/ });
    const box = (await en.boundingBox())!;
    expect(box.x + box.width, '"EN" is on the screen').toBeLessThanOrEqual(PHONE.width);
    // On the dark bar, not below it on the white page.
    const bar = (await page.getByRole('banner').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
    await page.screenshot({ path: info.outputPath('home-200.png'), fullPage: true });

    for (const contract of ['2019004512', '2015000042']) {
      await page.goto(`/contrat/${contract}`);
      await textAt200(page);
      await expectNoSidewaysScroll(page, `contract ${contract}`);
    }
    await page.screenshot({ path: info.outputPath('contract-200.png'), fullPage: true });

    const contract = syntheticContractFor(info, 1);
    await page.goto(`/contrat/${contract}`);
    await cont(page).click();
    await expect(page.getByTestId('checkout-total')).toBeVisible();
    await textAt200(page);
    await expectNoSidewaysScroll(page, 'the checkout');
    await page.screenshot({ path: info.outputPath('checkout-200.png'), fullPage: true });

    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    await payByCard(page, '4242 4242 4242 4242');
    await expect(page.getByText('Paiement confirmé')).toBeVisible({ timeout: 30_000 });
    await textAt200(page);
    await page.screenshot({ path: info.outputPath('receipt-200.png'), fullPage: true });
    // Everything but the progress steps, whose line does not wrap yet (they are the receipt's
    // own component, recu/[token]/_components/receipt-steps.tsx, outside this change), and what
    // is there for screen readers only.
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth)
        .filter((el) => {
          // Inside a box of 1 px that hides its overflow: the screen readers' copy, unseen.
          for (let e: Element | null = el; e; e = e.parentElement)
            if (e.clientWidth <= 1 && getComputedStyle(e).overflow === 'hidden') return false;
          return true;
        })
        .map((el) => `${el.tagName} "${el.textContent?.slice(0, 30)}"`),
    );
    expect(wide, 'the receipt runs off the screen').toEqual([]);
    const table = (await page.getByRole('table').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('in forced colours, buttons keep an edge and the language is not told by colour alone', async ({
    page,
  }, info) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    await page.screenshot({ path: info.outputPath('forced-colours-home.png') });
    const edge = (locator: Locator) =>
      locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return Math.max(
          s.borderTopStyle === 'none' ? 0 : parseFloat(s.borderTopWidth),
          s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
        );
      });
    expect(await edge(page.getByRole('button', { name: 'Voir mes factures' }))).toBeGreaterThan(0);

    const mark = (locator: Locator) =>
      locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          underline: s.textDecorationLine.includes('underline'),
          border: s.borderTopStyle === 'none' ? 0 : parseFloat(s.borderTopWidth),
        };
      });
    const fr = page.getByRole('button', { name: /Français/ });
    const en = page.getByRole('button', { name: /English/ });
    await expect(fr).toHaveAttribute('aria-pressed', 'true');
    const [active, other] = [await mark(fr), await mark(en)];
    expect(active.underline, 'the active language is underlined').toBe(true);
    expect(other.underline).toBe(false);
    expect(active.border).toBeGreaterThan(other.border);

    await page.goto('/contrat/2019004512');
    await page.screenshot({ path: info.outputPath('forced-colours-contract.png'), fullPage: true });
    expect(await edge(cont(page))).toBeGreaterThan(0);
  });

  test('focus on the dark header stands out at 3:1 at least', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    const background = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
    const targets = [
      header.getByRole('link', { name: /LA LOYALE VIE/ }),
      header.getByRole('button', { name: /Français/ }),
      header.getByRole('button', { name: /English/ }),
    ];
    await page.keyboard.press('Tab'); // the skip link
    for (const target of targets) {
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      const ring = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(
        contrast(ring.color, background),
        `ring ${ring.color} on ${background}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  test('the skip link, once focused, covers nothing', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skip).toBeFocused();
    const s = (await skip.boundingBox())!;
    for (const other of [
      page.getByRole('banner').getByRole('link', { name: /LA LOYALE VIE/ }),
      page.getByRole('button', { name: /Français/ }),
      page.getByRole('heading', { level: 1 }),
    ]) {
      const o = (await other.boundingBox())!;
      const overlap =
        s.x < o.x + o.width && o.x < s.x + s.width && s.y < o.y + o.height && o.y < s.y + s.height;
      expect(overlap, 'the skip link covers something').toBe(false);
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });
});
