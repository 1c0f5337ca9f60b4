/**
 * Jest reporter that ends the run with one plain line, `jest: N passed, N failed, N skipped`, the
 * closing line CI reads to know how many tests ran (it does not parse Jest's own summary). Written
 * at process exit so it comes after Jest's summary (stderr writes to a pipe are synchronous).
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
module.exports = PlainSummaryReporter;
