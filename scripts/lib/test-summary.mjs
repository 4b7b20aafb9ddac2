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

const firstLine = (text) =>
  String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? '';

function vitestFailures(report) {
  return (report?.testResults ?? []).flatMap((file) => {
    const where = path.relative(process.cwd(), file.name ?? '');
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (!failed.length && file.status === 'failed')
      return [{ name: where, why: firstLine(file.message) }];
    return failed.map((t) => ({
      name: `${where} › ${t.fullName}`,
      why: firstLine(t.failureMessages?.[0]),
    }));
  });
}

function playwrightFailures(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.at(-1);
        out.push({
          name: `[${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`,
          why: firstLine(last?.error?.message ?? last?.errors?.[0]?.message),
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return out;
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
// CI shows only the end of the output: name what failed here, with the first line of why.
const failures = [...vitestFailures(read('vitest.json')), ...playwrightFailures(read('e2e.json'))];
for (const { name, why } of failures.slice(0, 8)) console.log(`  ✗ ${name}\n      ${why}`);
if (failures.length > 8) console.log(`  … and ${failures.length - 8} more`);
const ok = failedSteps === 0 && total.failed === 0 && total.passed > 0;
console.log(ok ? 'RESULT: PASS' : `RESULT: FAIL (${failedSteps} step(s) failed or skipped)`);
console.log(
  `Tests: ${total.passed} passed, ${total.failed + failedSteps} failed, ${total.skipped} skipped`,
);
process.exit(ok ? 0 : 1);
