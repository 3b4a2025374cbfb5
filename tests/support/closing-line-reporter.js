// Prints one plain closing line ("tests: N passed, N failed, N skipped") after jest's own summary,
// so any CI that reads the last lines of a run sees the counts without parsing jest's format.
export default class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    )
  }
}
