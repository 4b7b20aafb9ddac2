import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM, customerPages } from './page-weight';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Lighthouse's mobile defaults on the home, contract and receipt pages; the median of `runs`. */
export async function runLighthouse(base: string, runs: number) {
  const { pages } = await customerPages(base);
  const chrome = await launch({ chromePath: CHROMIUM.executablePath, chromeFlags: CHROMIUM.args });
  try {
    const out = [];
    for (const page of pages.filter((p) => p.name !== 'Checkout')) {
      const scores = {
        performance: [] as number[],
        accessibility: [] as number[],
        bestPractices: [] as number[],
      };
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const c = result?.lhr.categories;
        scores.performance.push(Math.round((c?.performance?.score ?? 0) * 100));
        scores.accessibility.push(Math.round((c?.accessibility?.score ?? 0) * 100));
        scores.bestPractices.push(Math.round((c?.['best-practices']?.score ?? 0) * 100));
      }
      out.push({
        name: page.name,
        performance: median(scores.performance),
        accessibility: median(scores.accessibility),
        bestPractices: median(scores.bestPractices),
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
