import { readFileSync } from 'node:fs';

/**
 * Summary of V8 `.cpuprofile` files (node --cpu-prof): self and total time by function and by
 * module, as markdown, for docs/profiles/. Total time counts a function once per sample even
 * when it recurses.   npx tsx scripts/cpuprofile-summary.ts a.cpuprofile [b.cpuprofile…] [--top 30]
 */

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const files = args.filter((a, i) => !a.startsWith('--') && i !== topAt + 1);

/** A readable module for a script URL: a package, a Next chunk, Node's own code, or V8's. */
function moduleOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.replace(/\[root[^\]]*\]/g, ''));
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return url.split('/')[0]!.replace(/^node:internal/, 'node:');
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server/${chunk[1]!.replace(/\/[^/]*$/, '/…')}`;
  return url.replace(/^file:\/\//, '');
}

const ms = (us: number) => (us / 1000).toFixed(0);
const pct = (x: number, all: number) => ((x / all) * 100).toFixed(1);

function summarise(file: string) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));

  const fnKey = (n: Node) =>
    `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url, n.callFrame.functionName)}:${n.callFrame.lineNumber + 1}`;
  const modKey = (n: Node) => moduleOf(n.callFrame.url, n.callFrame.functionName);
  const selfFn = new Map<string, number>();
  const selfMod = new Map<string, number>();
  const totalFn = new Map<string, number>();
  const totalMod = new Map<string, number>();
  let all = 0;
  let idle = 0;
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') {
      idle += t;
      continue;
    }
    all += t;
    selfFn.set(fnKey(n), (selfFn.get(fnKey(n)) ?? 0) + t);
    selfMod.set(modKey(n), (selfMod.get(modKey(n)) ?? 0) + t);
    const seenFn = new Set<string>();
    const seenMod = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur)!;
      if (c.callFrame.functionName === '(root)') break;
      seenFn.add(fnKey(c));
      seenMod.add(modKey(c));
    }
    for (const k of seenFn) totalFn.set(k, (totalFn.get(k) ?? 0) + t);
    for (const k of seenMod) totalMod.set(k, (totalMod.get(k) ?? 0) + t);
  }
  const table = (title: string, m: Map<string, number>) => {
    const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    return [
      `### ${title}`,
      '',
      '| ms | % of busy | Frame |',
      '| ---: | ---: | --- |',
      ...rows.map(([k, t]) => `| ${ms(t)} | ${pct(t, all)} | \`${k.replace(/\|/g, '\\|')}\` |`),
      '',
    ].join('\n');
  };
  return [
    `## ${file.split('/').pop()}`,
    '',
    `Busy ${ms(all)} ms, idle ${ms(idle)} ms, wall ${ms(p.endTime - p.startTime)} ms.`,
    '',
    table('Self time by module', selfMod),
    table('Total time by module (inclusive)', totalMod),
    table('Self time by function', selfFn),
    table('Total time by function (inclusive)', totalFn),
  ].join('\n');
}

if (files.length) console.log(files.map(summarise).join('\n'));
