// Mocha's spec output, plus the run's counts written to MOCHA_STATS_FILE so the test runner
// can print one closing line across all suites. Pending tests keep the reason they printed.
// The mocha of the package under test (npm runs it with that package as the working directory).
const Mocha = require(require.resolve("mocha", { paths: [process.cwd()] }));
const { writeFileSync } = require("node:fs");

class StatsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on("fail", (test, error) => failures.push(`${test.fullTitle()}: ${error && error.message}`));
    runner.once("end", () => {
      const file = process.env.MOCHA_STATS_FILE;
      if (!file) return;
      const { passes, failures: failed, pending } = runner.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed, skipped: pending, failures }));
    });
  }
}
module.exports = StatsReporter;
