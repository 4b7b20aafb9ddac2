import { expect, test } from '@playwright/test';
import { measurePageWeights } from '../scripts/lib/page-weight';

/**
 * The page-weight budget: each customer page's first-load JavaScript (gzip), measured in
 * Chromium, at most 20 kB above the framework’s floor in the same build. Sizes, not times.
 * react-hook-form is on every page with a form; zod and the schemas come when the user
 * reaches the form (components/forms/posted-values-resolver.ts).
 */
test('each customer page loads at most 20 kB of JavaScript above the framework floor', async ({
  baseURL,
}) => {
  const weights = await measurePageWeights(baseURL!);
  expect(weights.floor).toBeGreaterThan(0);
  for (const page of weights.pages) {
    test.info().annotations.push({
      type: 'weight',
      description: `${page.name}: ${page.kb.toFixed(1)} kB (floor ${weights.floor.toFixed(1)} kB)`,
    });
    expect(page.kb - weights.floor, `${page.name}: ${page.kb.toFixed(1)} kB`).toBeLessThanOrEqual(
      20,
    );
  }
});
