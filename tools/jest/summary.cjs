// `summary.cjs reset` before the test runs, `summary.cjs print` after: one closing line for every project's tests.
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { FILE } = require('./summary-reporter.cjs');

if (process.argv[2] === 'reset') {
  rmSync(FILE, { force: true });
} else {
  const runs = existsSync(FILE) ? readFileSync(FILE, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
  const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (total.failed > 0 || total.passed === 0) process.exit(1);
}
