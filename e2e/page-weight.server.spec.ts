import { expect, test } from '@playwright/test';
import { BUDGET, measurePageWeights } from '../scripts/lib/page-weight';

/**
 * The page-weight budgets (scripts/lib/page-weight.ts): each customer page's first-load
 * JavaScript (gzip), measured in Chromium, within `BUDGET.jsAboveFloorKb` of the framework's
 * floor in the same build, and its whole first visit within `BUDGET.transferredKb`. Sizes, not
 * times. react-hook-form, zod and the schemas come when the user reaches a form
 * (components/forms/lazy-form-control.ts, posted-values-resolver.ts).
 */
test('each customer page’s first visit stays within the weight budgets', async ({ baseURL }) => {
  const weights = await measurePageWeights(baseURL!);
  expect(weights.floor.js).toBeGreaterThan(0);
  for (const page of weights.pages) {
    const above = page.js - weights.floor.js;
    test.info().annotations.push({
      type: 'weight',
      description: `${page.name}: ${page.js.toFixed(1)} kB of JS (floor ${weights.floor.js.toFixed(1)} kB), ${page.transferred.toFixed(1)} kB transferred`,
    });
    expect(above, `${page.name}: ${page.js.toFixed(1)} kB of JS`).toBeLessThanOrEqual(
      BUDGET.jsAboveFloorKb,
    );
    expect(page.transferred, `${page.name}: transferred`).toBeLessThanOrEqual(BUDGET.transferredKb);
  }
});
