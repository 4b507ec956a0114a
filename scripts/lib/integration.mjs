// The integration suite: builds the functions, starts the ElevenLabs stand-in, then runs mocha
// inside `firebase emulators:exec` so every emulator is stopped when the suite ends.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInProcessGroup } from "./process-group.mjs";
import { prepareEmulatorToolchain, ToolchainError } from "./emulator-toolchain.mjs";
import {
  EMULATORS, projectId, repoRoot, paths, elevenLabsApiKey, webhookSecret, localKeys,
  writeFunctionsEmulatorEnv, startElevenLabsStandIn, stopChild, stackEnvironment,
} from "./stack-config.mjs";

const logDir = paths.logs;

/**
 * Function logs are the lines the Functions emulator prints for our code (prefixed ">  ").
 * None may contain a secret or any patient text the tests sent (registered by the tests).
 */
export function auditFunctionLogs(logFile, sensitiveFile, secrets) {
  if (!existsSync(logFile)) return { ok: false, message: "no function log was captured" };
  const lines = readFileSync(logFile, "utf8").split("\n").filter((line) => line.startsWith(">  "));
  const phrases = existsSync(sensitiveFile)
    ? readFileSync(sensitiveFile, "utf8").split("\n").map((p) => p.trim()).filter((p) => p.length >= 12)
    : [];
  const leaks = [];
  for (const line of lines) {
    for (const secret of secrets) if (line.includes(secret)) leaks.push(`a secret in: ${line.slice(0, 120)}`);
    for (const phrase of phrases) if (line.includes(phrase)) leaks.push(`patient text "${phrase.slice(0, 40)}" in: ${line.slice(0, 120)}`);
  }
  const message = leaks.length
    ? `${leaks.length} leak(s):\n  ${leaks.slice(0, 10).join("\n  ")}`
    : `${lines.length} function log lines checked against ${secrets.length} secrets and ${phrases.length} patient texts: none found`;
  return { ok: leaks.length === 0 && lines.length > 0 && phrases.length > 0, message };
}

function recordCheck(statsFile, name, result) {
  console.log(`\n${result.ok ? "✔" : "✖"} ${name}: ${result.message}`);
  if (!statsFile || !existsSync(statsFile)) return;
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  if (result.ok) stats.passed += 1;
  else {
    stats.failed += 1;
    stats.failures.push(`${name}: ${result.message}`);
  }
  writeFileSync(statsFile, JSON.stringify(stats));
}

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
  console.log(`\n=== emulator suite: ${spec}`);
  const build = spawnSync("npm", ["--prefix", "functions", "run", "-s", "build"], { stdio: "inherit", cwd: repoRoot });
  if (build.status !== 0) return false;
  writeFunctionsEmulatorEnv();
  mkdirSync(logDir, { recursive: true });
  const standIn = await startElevenLabsStandIn();
  try {
    // Several specs may be given, separated by commas (npm test -- --spec=a.test.ts,b.test.ts).
    const specs = spec.split(",").map((one) => `'${one.trim()}'`).join(" ");
    const mocha = `npx mocha --import=tsx --exit --reporter ${JSON.stringify(reporter)} ${specs}`;
    const functionsLog = join(logDir, "integration-output.log");
    const sensitiveFile = join(logDir, "sensitive-strings.txt");
    rmSync(functionsLog, { force: true });
    rmSync(sensitiveFile, { force: true });
    const result = await runInProcessGroup(
      "npx",
      ["firebase", "emulators:exec", "--project", projectId, "--only", EMULATORS, `cd functions && ${mocha}`],
      {
        cwd: repoRoot,
        teeTo: functionsLog,
        env: {
          SENSITIVE_STRINGS_FILE: sensitiveFile,
          ...process.env,
          ...toolchain.env,
          MOCHA_STATS_FILE: statsFile,
          ...stackEnvironment(),
          GCLOUD_PROJECT: projectId,
          STORAGE_RULES_EVALUATED: toolchain.storageRulesEvaluated ? "true" : "false",
        },
      },
    );
    const audit = auditFunctionLogs(functionsLog, sensitiveFile, [elevenLabsApiKey, webhookSecret, ...Object.values(localKeys)]);
    recordCheck(statsFile, "no secret or patient text in function logs", audit);
    return result.status === 0 && audit.ok;
  } finally {
    await stopChild(standIn);
  }
}

export function runIntegrationSuite(options) {
  // test.mjs is sequential; run the async suite synchronously through a child to keep it simple.
  const result = spawnSync(process.execPath, [new URL("./run-integration.mjs", import.meta.url).pathname], {
    stdio: "inherit",
    cwd: repoRoot,
    env: { ...process.env, MOCHA_STATS_FILE: options.statsFile, MOCHA_REPORTER_PATH: options.reporter, INTEGRATION_SPEC: options.spec ?? "" },
  });
  return result.status === 0;
}
