// Prints the test command's closing summary from the steps it ran and the test reporters'
// JSON, and exits non-zero when anything failed or was skipped for a missing tool.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '.tmp/test-run';
const read = (file) => {
  const full = path.join(dir, file);
  return existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null;
};

const steps = readFileSync(path.join(dir, 'steps.tsv'), 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [name, status, seconds] = line.split('\t');
    return { name, status, seconds: Number(seconds) };
  });

function playwrightCounts(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!report) return counts;
  const s = report.stats ?? {};
  counts.passed = (s.expected ?? 0) + (s.flaky ?? 0);
  counts.failed = s.unexpected ?? 0;
  counts.skipped = s.skipped ?? 0;
  return counts;
}

function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

const suites = [
  ['vitest', vitestCounts(read('vitest.json'))],
  ['playwright', playwrightCounts(read('e2e.json'))],
];

console.log('\n──────── Summary ────────');
let failedSteps = 0;
for (const { name, status, seconds } of steps) {
  const ok = status === '0';
  const na = status.startsWith('n/a');
  const mark = ok ? 'PASS' : na ? 'N/A ' : status.startsWith('skipped') ? 'SKIP' : 'FAIL';
  if (mark !== 'PASS' && !na) failedSteps += 1;
  const why = mark === 'SKIP' || na ? ` (${status.replace(/^(skipped|n\/a): /, '')})` : '';
  console.log(`${mark}  ${name}${why}  ${seconds}s`);
}
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, c] of suites) {
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  for (const k of Object.keys(total)) total[k] += c[k];
}
const ok = failedSteps === 0 && total.failed === 0 && total.passed > 0;
console.log(ok ? 'RESULT: PASS' : `RESULT: FAIL (${failedSteps} step(s) failed or skipped)`);
console.log(
  `Tests: ${total.passed} passed, ${total.failed + failedSteps} failed, ${total.skipped} skipped`,
);
process.exit(ok ? 0 : 1);
