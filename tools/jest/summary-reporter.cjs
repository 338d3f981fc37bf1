// Appends each Jest run's totals to tmp/test-summary.jsonl; summary.cjs adds them up at the end of `npm test`.
const { appendFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const FILE = join(__dirname, '../../tmp/test-summary.jsonl');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync(join(__dirname, '../../tmp'), { recursive: true });
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    appendFileSync(FILE, `${JSON.stringify({ passed: results.numPassedTests, failed, skipped: results.numPendingTests })}\n`);
  }
}

module.exports = SummaryReporter;
module.exports.FILE = FILE;
