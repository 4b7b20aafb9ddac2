import autocannon from 'autocannon';
import { Agent, get } from 'node:http';
import sandboxSeed from '../../lib/sandbox/seed.json';
import { cpuDuring, cpuMsOf, rssOf, sampleRss } from './bench-memory';
import type { Instance } from './harness';

/**
 * The look-up benchmark: the app's page and JSON route against the Enov sandbox called
 * directly, the framework's floor and a bare Node server, with the CPU each request cost the
 * app's process and the sandbox's (they share this machine's cores with the load generator).
 */

export const CONTRACT = '9000000001';
const seedAccount = sandboxSeed.enov.accounts[0]!;
export const ENOV_BODY = JSON.stringify({
  login: seedAccount.login,
  appkey: seedAccount.appkeys[0]!.appkey,
  password: seedAccount.password,
  idcontrat: CONTRACT,
});

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export async function load(opts: autocannon.Options, duration: number): Promise<Run> {
  const result = await autocannon({ duration, ...opts });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

const pageUrl = (app: Instance) => `${app.base}/contrat/${CONTRACT}`;
export const jsonUrl = (app: Instance) => `${app.base}/api/contracts/${CONTRACT}/invoices`;

const sandboxDirect = (sandbox: Instance): autocannon.Options => ({
  url: `${sandbox.base}/sandbox/enov/api/enovfacture`,
  method: 'POST',
  body: ENOV_BODY,
  headers: { 'content-type': 'application/json' },
});

export interface LookupRow extends Run {
  name: string;
  connections: number;
  appCpu: number;
  sandboxCpu: number;
}

export async function lookups(
  app: Instance,
  sandbox: Instance,
  bareUrl: string,
  connectionCounts: number[],
  duration: number,
) {
  const targets: Array<[string, autocannon.Options]> = [
    ['Look-up page (app)', { url: pageUrl(app) }],
    ['Look-up JSON (app)', { url: jsonUrl(app) }],
    ['Enov sandbox, direct', sandboxDirect(sandbox)],
    ['Blank page (framework floor)', { url: `${app.base}/sandbox/plancher` }],
    ['Home page (prerendered)', { url: `${app.base}/` }],
    ['Static floor (prerendered blank page)', { url: `${app.base}/sandbox/plancher-statique` }],
    ['Bare Node http (machine ceiling)', { url: bareUrl }],
  ];
  const readers = {
    app: () => cpuMsOf(app.child.pid!),
    sandbox: () => cpuMsOf(sandbox.child.pid!),
  };
  const rows: LookupRow[] = [];
  let peak = 0;
  // Compiled and cached before anything counts, as a server is after its first minutes.
  for (const [, opts] of targets) await load({ ...opts, connections: 10 }, 2);
  for (const connections of connectionCounts) {
    for (const [name, opts] of targets) {
      const stop =
        connections === 50 && name.includes('(app)') ? sampleRss(app.child.pid!) : undefined;
      const { result, cpu } = await cpuDuring(readers, () =>
        load({ ...opts, connections }, duration),
      );
      const per = (ms: number) => ms / Math.max(1, result.requests);
      rows.push({
        name,
        connections,
        ...result,
        appCpu: per(cpu.app!),
        sandboxCpu: per(cpu.sandbox!),
      });
      if (stop) peak = Math.max(peak, stop());
    }
  }
  return { rows, peak };
}

const p50 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/**
 * A streamed page's two moments, which autocannon cannot tell apart: its first byte (the shell)
 * and its last (the invoices, streamed when Enov answers). p50 of each, in ms, over `duration`
 * seconds of `connections` clients each asking again as soon as it has the whole page.
 */
export async function streamTimings(url: string, connections: number, duration: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const first: number[] = [];
  const whole: number[] = [];
  const until = Date.now() + duration * 1000;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      get(url, { agent }, (res) => {
        let firstAt = 0;
        res.on('data', () => {
          firstAt ||= performance.now();
        });
        res.on('end', () => {
          if (res.statusCode === 200) {
            first.push(firstAt - started);
            whole.push(performance.now() - started);
          }
          resolve();
        });
      }).on('error', reject);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) await once();
    }),
  );
  agent.destroy();
  return { firstByte: p50(first), complete: p50(whole), requests: whole.length };
}

/**
 * p50 of the sandbox, the JSON route and the page with `latencyMs` injected into Enov; for the
 * page, when its shell's first byte comes and when it is complete with the invoices.
 */
export async function addedLatency(
  app: Instance,
  sandbox: Instance,
  duration: number,
  latencyMs = 50,
) {
  const faults = `${sandbox.base}/sandbox/api/faults`;
  await fetch(faults, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: 'enovfacture', latencyMs }),
  });
  const out = [];
  try {
    for (const connections of [1, 10]) {
      const direct = await load({ ...sandboxDirect(sandbox), connections }, duration);
      const json = await load({ url: jsonUrl(app), connections }, duration);
      const page = await streamTimings(pageUrl(app), connections, duration);
      out.push({
        connections,
        direct: direct.p50,
        json: json.p50,
        pageFirstByte: page.firstByte,
        page: page.complete,
      });
    }
  } finally {
    await fetch(faults, { method: 'DELETE' });
  }
  return out;
}

/** Resident memory of an app at rest and at its peak under 50 connections on the page. */
export async function memoryUnderLoad(app: Instance, duration: number) {
  const atRest = rssOf(app.child.pid!);
  const stop = sampleRss(app.child.pid!);
  await load({ url: pageUrl(app), connections: 50 }, duration);
  return { atRest, peak: stop() };
}
