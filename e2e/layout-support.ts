import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers of the layout specs (small-screens, invoice-choice): sizes, boxes, contrast. */

export const PHONE = { width: 360, height: 740 };

/** Browsers' text-size setting changes the root font size; everything in rem follows it. */
export async function textAt200(page: Page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
}

export async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

/** The boxes of an element's text, one per line it takes. */
export function textLines(locator: Locator) {
  return locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const tops = new Set(rects.map((r) => Math.round(r.top)));
    const box = range.getBoundingClientRect();
    return { lines: tops.size, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  });
}

export type Box = { left: number; right: number; top: number; bottom: number };
/** Two texts read apart: on different lines, or at least 12 px apart on one line. */
export function apart(a: Box, b: Box) {
  const sameLine = a.top < b.bottom && b.top < a.bottom;
  if (!sameLine) return true;
  return Math.max(b.left - a.right, a.left - b.right) >= 12;
}

function luminance(rgb: string) {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
