// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
    // Name the suites that were skipped whole (tests/seeds when ../shared/seeds is absent).
    const skipped = results.testResults.filter((r) => r.numPendingTests > 0 && r.numPassingTests + r.numFailingTests === 0);
    for (const r of skipped) process.stdout.write(`skipped suite: ${require('node:path').relative(process.cwd(), r.testFilePath)}\n`);
  }
}
module.exports = SummaryReporter;
