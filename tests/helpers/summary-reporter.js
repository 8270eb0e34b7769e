// Prints one plain closing line, "N passed, N failed, N skipped", that any CI log reader
// understands. It is written at process exit so that it stays the last line of the output.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once("exit", () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
