// The integration suite: builds the functions, starts the ElevenLabs stand-in, then runs mocha
// inside `firebase emulators:exec` so every emulator is stopped when the suite ends.
import { spawnSync } from "node:child_process";
import { runInProcessGroup } from "./process-group.mjs";
import { prepareEmulatorToolchain, ToolchainError, repoRoot } from "./emulator-toolchain.mjs";
import {
  projectId, urls, ports, elevenLabsApiKey, webhookSecret,
  writeFunctionsEmulatorEnv, startElevenLabsStandIn, stopChild,
} from "./stack-config.mjs";

export const EMULATORS = "auth,firestore,functions,storage,hosting,tasks,eventarc";

export async function runIntegrationSuiteAsync({ statsFile, reporter, spec = "test/integration/**/*.test.ts" }) {
  let toolchain;
  try {
    toolchain = prepareEmulatorToolchain();
  } catch (error) {
    if (error instanceof ToolchainError) {
      console.error(error.message);
      return false;
    }
    throw error;
  }
  console.log("\n=== integration");
  const build = spawnSync("npm", ["--prefix", "functions", "run", "-s", "build"], { stdio: "inherit", cwd: repoRoot });
  if (build.status !== 0) return false;
  writeFunctionsEmulatorEnv();
  const standIn = await startElevenLabsStandIn();
  try {
    const mocha = `npx mocha --import=tsx --reporter ${JSON.stringify(reporter)} '${spec}'`;
    const result = await runInProcessGroup(
      "npx",
      ["firebase", "emulators:exec", "--project", projectId, "--only", EMULATORS, `cd functions && ${mocha}`],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          ...toolchain.env,
          MOCHA_STATS_FILE: statsFile,
          ELEVENLABS_EMULATOR_URL: urls.elevenLabs,
          ELEVENLABS_EMULATOR_API_KEY: elevenLabsApiKey,
          ELEVENLABS_WEBHOOK_SECRET_LOCAL: webhookSecret,
          FUNCTIONS_BASE_URL: urls.functions,
          API_BASE_URL: urls.api,
          GCLOUD_PROJECT: projectId,
          STORAGE_RULES_EVALUATED: toolchain.storageRulesEvaluated ? "true" : "false",
          HOSTING_PORT: String(ports.hosting),
        },
      },
    );
    return result.status === 0;
  } finally {
    await stopChild(standIn);
  }
}

export function runIntegrationSuite(options) {
  // test.mjs is sequential; run the async suite synchronously through a child to keep it simple.
  const result = spawnSync(process.execPath, [new URL("./run-integration.mjs", import.meta.url).pathname], {
    stdio: "inherit",
    cwd: repoRoot,
    env: { ...process.env, MOCHA_STATS_FILE: options.statsFile, MOCHA_REPORTER_PATH: options.reporter },
  });
  return result.status === 0;
}
