import { runIntegrationSuiteAsync } from "./integration.mjs";

const ok = await runIntegrationSuiteAsync({
  statsFile: process.env.MOCHA_STATS_FILE,
  reporter: process.env.MOCHA_REPORTER_PATH,
  spec: process.env.INTEGRATION_SPEC || undefined,
});
process.exit(ok ? 0 : 1);
