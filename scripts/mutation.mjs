// `npm run mutation [-- stryker options]`: runs Stryker (stryker.config.mjs), then writes the
// score per file of its report (reports/mutation/mutation.json) into docs/quality.md, between
// its two markers, with the date, the versions and every mutant no test detected. The rest of
// that page is written by hand.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const run = spawnSync('node_modules/.bin/stryker', ['run', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);

const REPORT = 'reports/mutation/mutation.json';
const PAGE = 'docs/quality.md';
const START = '<!-- mutation-scores:start -->';
const END = '<!-- mutation-scores:end -->';

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const version = (name) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

// Stryker's "total" score: mutants a test detected (killed, or looping until the timeout) over
// every mutant that ran, uncovered ones included. Compile and runtime errors are not mutants.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows = [];
const undetected = [];
let detectedAll = 0;
let validAll = 0;
for (const [file, { mutants, source }] of Object.entries(report.files).sort(([a], [b]) =>
  a.localeCompare(b),
)) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const missed = mutants.filter((m) => UNDETECTED.has(m.status));
  const valid = detected + missed.length;
  detectedAll += detected;
  validAll += valid;
  rows.push(`| \`${file}\` | ${score(detected, valid)} | ${detected} | ${missed.length} |`);
  const lines = source.split('\n');
  for (const m of missed.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = m.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1].slice(start.column - 1)} …`;
    undetected.push(
      `- \`${file}:${start.line}\` ${m.mutatorName} (${m.status}): ` +
        `${code(original)} → ${code(m.replacement ?? '')}`,
    );
  }
}

function score(detected, valid) {
  return valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)} %`;
}

// Backticks that survive a backtick inside the code, trimmed to one readable line.
function code(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
  return short.includes('`') ? `\`\` ${short} \`\`` : `\`${short}\``;
}

const generated = [
  START,
  '',
  `Last run: ${new Date().toISOString().slice(0, 10)}, StrykerJS ${version('@stryker-mutator/core')} ` +
    `with @stryker-mutator/vitest-runner ${version('@stryker-mutator/vitest-runner')}, ` +
    `Vitest ${version('vitest')}, Node.js ${process.versions.node}.`,
  '',
  '| File | Score | Detected | Undetected |',
  '| ---- | ----: | -------: | ---------: |',
  ...rows,
  `| **All files** | **${score(detectedAll, validAll)}** | ${detectedAll} | ${validAll - detectedAll} |`,
  '',
  undetected.length
    ? 'Mutants no test detected (each is explained below):'
    : 'Every mutant was detected by a test.',
  '',
  ...undetected,
  ...(undetected.length ? [''] : []),
  END,
].join('\n');

const page = readFileSync(PAGE, 'utf8');
const from = page.indexOf(START);
const to = page.indexOf(END);
if (from < 0 || to < from) throw new Error(`${PAGE} has no ${START} … ${END} section`);
const text = page.slice(0, from) + generated + page.slice(to + END.length);
// Formatted as `npm test`'s Prettier check expects (aligned table columns).
const options = { ...(await prettier.resolveConfig(PAGE)), filepath: PAGE };
writeFileSync(PAGE, await prettier.format(text, options));
console.info(`${PAGE}: ${score(detectedAll, validAll)} over ${rows.length} files`);
