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

/** What a first visit costs, in kB. */
export interface FirstVisit {
  /** Every script, gzip-compressed as a server would send it. */
  js: number;
  /** Everything on the wire (HTML, CSS, scripts, images, fonts; headers and bodies as sent). */
  transferred: number;
}

/**
 * What a first visit loads: every request Chromium made until the page's load event and the
 * network went quiet (later ones are prefetches of other pages).
 */
export async function firstVisits(urls: string[]): Promise<FirstVisit[]> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const visits: FirstVisit[] = [];
    for (const url of urls) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts = new Map<string, Promise<Buffer>>();
      const sizes: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && !scripts.has(response.url()))
          scripts.set(
            response.url(),
            response.body().catch(() => Buffer.alloc(0)),
          );
      });
      page.on('requestfinished', (request) =>
        sizes.push(
          request
            .sizes()
            .then((s) => s.responseHeadersSize + s.responseBodySize)
            .catch(() => 0),
        ),
      );
      await page.goto(url, { waitUntil: 'networkidle' });
      const bodies = await Promise.all(scripts.values());
      visits.push({
        js: bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024,
        transferred: (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0) / 1024,
      });
      await context.close();
    }
    return visits;
  } finally {
    await browser.close();
  }
}

/** The budgets the test command enforces (e2e/page-weight.server.spec.ts) and the bench prints. */
export const BUDGET = {
  /** A customer page's first-load JavaScript above the framework's floor, gzip. */
  jsAboveFloorKb: 13,
  /** A customer page's first visit, everything transferred. */
  transferredKb: 200,
};

export async function measurePageWeights(base: string) {
  const { floor, pages } = await customerPages(base);
  const [floorVisit, ...visits] = await firstVisits([floor, ...pages.map((p) => p.url)]);
  return { floor: floorVisit!, pages: pages.map((p, i) => ({ name: p.name, ...visits[i]! })) };
}
