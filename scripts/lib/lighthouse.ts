import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM, customerPages } from './page-weight';

const run = promisify(execFile);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** One Lighthouse run (its CLI, mobile defaults), scores out of 100. */
async function audit(url: string) {
  const { stdout } = await run(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-path=${CHROMIUM.executablePath}`,
      `--chrome-flags=${CHROMIUM.args.join(' ')}`,
    ],
    { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath } },
  );
  const { categories, audits } = JSON.parse(stdout) as Report;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
  };
}

/**
 * Lighthouse sometimes fails to record its trace (NO_NAVSTART: "Please run Lighthouse again");
 * such a run is retried, twice at most, rather than losing the whole benchmark.
 */
async function auditWithRetries(url: string, attempts = 3) {
  for (let i = 1; ; i++) {
    try {
      return await audit(url);
    } catch (error) {
      if (i >= attempts) throw error;
      const stderr = String((error as { stderr?: unknown }).stderr ?? error).trim();
      console.warn(`Lighthouse failed on ${url} (${stderr.slice(0, 160)}); running it again`);
    }
  }
}

/**
 * Lighthouse on the customer pages (home, contract, checkout, receipt: where the processor's
 * return lands), and on the framework's floors (blank pages of the same build, rendered per
 * request and prerendered) as their baseline; the median of `runs` of each. The pages take
 * turns (home, contract, …, floor, home, …): one run's score moves by ±10 on this machine, and
 * a slow spell then weighs on every page alike rather than on one.
 */
export async function runLighthouse(base: string, runs: number) {
  const { pages, floor, staticFloor } = await customerPages(base);
  const audited = [
    ...pages,
    { name: 'Floor (blank page)', url: floor },
    { name: 'Floor (prerendered)', url: staticFloor },
  ];
  const results = audited.map(() => [] as Array<Awaited<ReturnType<typeof audit>>>);
  for (let i = 0; i < runs; i++)
    for (const [n, page] of audited.entries()) results[n]!.push(await auditWithRetries(page.url));
  return audited.map((page, n) => ({
    name: page.name,
    performance: median(results[n]!.map((r) => r.performance)),
    accessibility: median(results[n]!.map((r) => r.accessibility)),
    bestPractices: median(results[n]!.map((r) => r.bestPractices)),
    lcp: median(results[n]!.map((r) => r.lcp)),
    tbt: median(results[n]!.map((r) => r.tbt)),
  }));
}
