// `summary.cjs reset` before the test runs, `summary.cjs print` after: one closing line for every project's tests,
// from the totals each run (or Nx's cache of it) left in tmp/test-summary/.
const { existsSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { DIR } = require('./summary-reporter.cjs');

if (process.argv[2] === 'reset') {
  rmSync(DIR, { recursive: true, force: true });
} else {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((file) => file.endsWith('.json')) : [];
  const runs = files.map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped (${runs.length} runs)`);
  if (total.failed > 0 || total.passed === 0) process.exit(1);
}
