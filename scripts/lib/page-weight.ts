import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/chromium';
import { openCheckout, pay, syntheticContract } from './harness';

/** Chromium's flags on this machine (see playwright.config.ts). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
};

/** The customer pages, and the framework's floor (a page of the same app with no client code). */
export async function customerPages(base: string) {
  const contract = syntheticContract();
  const refs = [1, 2, 3].map((i) => `f=SYN-${contract}-${i}`).join('&');
  const receipt = await pay(base, await openCheckout(base, syntheticContract()));
  return {
    floor: `${base}/sandbox/plancher`,
    staticFloor: `${base}/sandbox/plancher-statique`,
    pages: [
      { name: 'Home', url: `${base}/` },
      { name: 'Contract', url: `${base}/contrat/${contract}` },
      { name: 'Checkout', url: `${base}/contrat/${contract}/paiement?${refs}&mode=full` },
      { name: 'Receipt', url: `${base}${receipt}` },
    ],
  };
}

/**
 * The JavaScript a first visit loads, gzip-compressed as a server would send it: every script
 * Chromium requested until the page's load event (later ones are prefetches of other pages).
 */
export async function firstLoadJsKb(urls: string[]): Promise<number[]> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const sizes: number[] = [];
    for (const url of urls) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = new Map<string, Promise<Buffer>>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && !scripts.has(response.url()))
          scripts.set(
            response.url(),
            response.body().catch(() => Buffer.alloc(0)),
          );
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const bodies = await Promise.all(scripts.values());
      sizes.push(bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024);
      await context.close();
    }
    return sizes;
  } finally {
    await browser.close();
  }
}

export async function measurePageWeights(base: string) {
  const { floor, pages } = await customerPages(base);
  const [floorKb, ...kbs] = await firstLoadJsKb([floor, ...pages.map((p) => p.url)]);
  return { floor: floorKb!, pages: pages.map((p, i) => ({ name: p.name, kb: kbs[i]! })) };
}
