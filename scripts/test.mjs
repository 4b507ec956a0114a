// `npm test`: lint, type-check, unit tests, the ElevenLabs stand-in's contract tests, the web
// app's type-check and build, then the integration, reliability and browser suites against the
// Firebase emulators and the stand-in. Ends with one line
// `N passed, N failed[, N skipped]` summed over every suite.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./lib/stack-config.mjs";
import { runIntegrationSuite } from "./lib/integration.mjs";
import { findChromium } from "../web/scripts/ensure-chromium.mjs";

const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
/** `--spec=test/integration/x.test.ts[,...]`: these specs (relative to functions/) instead of the whole integration suite. */
const integrationSpec = [...args].find((a) => a.startsWith("--spec="))?.slice("--spec=".length) ?? "test/integration/**/*.test.ts";
const reporter = join(repoRoot, "scripts", "lib", "mocha-stats-reporter.cjs");
const statsDir = mkdtempSync(join(tmpdir(), "test-stats-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
/** Failing tests by suite, repeated just above the closing line: CI shows only an output's tail. */
const failedTests = [];

function run(label, command, commandArgs, options = {}) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", cwd: repoRoot, ...options });
  return result.status === 0;
}

/** A step that is not a mocha suite counts as one check. */
function check(label, command, commandArgs, options) {
  if (only && !only.includes(label)) return;
  const ok = run(label, command, commandArgs, options);
  totals[ok ? "passed" : "failed"] += 1;
  if (!ok) failedSteps.push(label);
}

function mochaSuite(label, runSuite) {
  if (only && !only.includes(label)) return;
  const statsFile = join(statsDir, `${label}.json`);
  const ok = runSuite(statsFile);
  if (existsSync(statsFile)) {
    const stats = JSON.parse(readFileSync(statsFile, "utf8"));
    totals.passed += stats.passed;
    totals.failed += stats.failed;
    totals.skipped += stats.skipped;
    for (const failure of stats.failures ?? []) failedTests.push(`${label}: ${failure}`);
    if (stats.failed > 0) failedSteps.push(label);
    else if (!ok) {
      totals.failed += 1;
      failedSteps.push(`${label} (exited non-zero)`);
    }
  } else {
    // The suite never reached its end (crash, or its environment failed to start).
    totals.failed += 1;
    failedSteps.push(`${label} (did not run to the end)`);
  }
}

const npm = "npm";
check("lint", npm, ["--prefix", "functions", "run", "-s", "lint"]);
check("typecheck", npm, ["--prefix", "functions", "run", "-s", "typecheck"]);
mochaSuite("unit", (statsFile) =>
  run("unit", npm, ["--prefix", "functions", "run", "-s", "test:unit", "--", "--reporter", reporter], {
    env: { ...process.env, MOCHA_STATS_FILE: statsFile },
  }),
);
mochaSuite("elevenlabs-emulator", (statsFile) =>
  run("elevenlabs-emulator", npm, ["--prefix", "tools/elevenlabs-emulator", "run", "-s", "test", "--", "--reporter", reporter], {
    env: { ...process.env, MOCHA_STATS_FILE: statsFile },
  }),
);
check("web-typecheck", npm, ["--prefix", "web", "run", "-s", "typecheck"]);
check("web-build", npm, ["--prefix", "web", "run", "-s", "build"]);
mochaSuite("integration", (statsFile) => runIntegrationSuite({ statsFile, reporter, spec: integrationSpec }));
mochaSuite("reliability", (statsFile) => runIntegrationSuite({ statsFile, reporter, spec: "test/reliability/**/*.test.ts" }));
// The web app in headless Chromium against the same emulators (web/dist is built above). Without
// a Chromium the suite cannot run: CI fails it (CI must test what it claims); a developer's
// machine reports it skipped, with how to get one.
if (!only || only.includes("browser")) {
  const chromium = await findChromium();
  if (chromium) {
    console.log(`\nChromium for the browser tests: ${chromium.executablePath} (${chromium.source})`);
    mochaSuite("browser", (statsFile) => runIntegrationSuite({ statsFile, reporter, spec: "../web/test/**/*.test.ts" }));
  } else {
    const how = "No Chromium for the browser tests: as root `apt-get install -y chromium`, or `node web/scripts/ensure-chromium.mjs`, or set CHROMIUM_PATH (README, 'Browser tests').";
    console.log(`\n=== browser\n${how}`);
    if (process.env.CI === "true") {
      totals.failed += 1;
      failedSteps.push("browser (no Chromium)");
    } else {
      totals.skipped += 1;
    }
  }
}

const summary = `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : "");
if (failedTests.length) {
  // One line each, cut short: the whole error is in the suite's own output above.
  console.log(`\nFailing tests:\n${failedTests.map((line) => `  - ${line.replace(/\s+/g, " ").slice(0, 400)}`).join("\n")}`);
}
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join("; ")}`);
console.log(`\n${summary}`);
process.exit(totals.failed === 0 ? 0 : 1);
