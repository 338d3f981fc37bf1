// Writes each Jest run's totals to tmp/test-summary/<JEST_SUMMARY>.json; summary.cjs adds them up at the end of
// `npm test`. One file per Nx target, declared as that target's output, so a run served from Nx's cache restores its
// totals too and the closing line still counts every project.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const DIR = join(__dirname, '../../tmp/test-summary');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync(DIR, { recursive: true });
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const name = process.env.JEST_SUMMARY || `run-${process.pid}-${Date.now()}`;
    writeFileSync(join(DIR, `${name}.json`), `${JSON.stringify({ passed: results.numPassedTests, failed, skipped: results.numPendingTests })}\n`);
  }
}

module.exports = SummaryReporter;
module.exports.DIR = DIR;
