// `npm start`: the emulators, the ElevenLabs stand-in wired to the functions, and seeded demo
// data. Prints every address and the demo accounts, writes .local/stack.json, and stops
// everything on Ctrl-C. `--persist` keeps emulator data in .local/emulator-data between runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { prepareEmulatorToolchain, ToolchainError } from "./lib/emulator-toolchain.mjs";
import { endGroup } from "./lib/process-group.mjs";
import { seedDemoData } from "./lib/seed.mjs";
import {
  EMULATORS, elevenLabsApiKey, paths, projectId, repoRoot, startElevenLabsStandIn, stopChild, urls, writeFunctionsEmulatorEnv,
} from "./lib/stack-config.mjs";
import { spawn } from "node:child_process";

const persist = process.argv.includes("--persist");
const quiet = process.argv.includes("--quiet");
const started = Date.now();

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

async function waitForApi(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${urls.api}/dashboard`);
      if (response.status === 401) return; // the api function is loaded and answering
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The emulators did not become ready within ${timeoutMs / 1000} s; see firebase-debug.log.`);
}

let toolchain;
try {
  toolchain = prepareEmulatorToolchain();
} catch (error) {
  if (error instanceof ToolchainError) fail(error.message);
  throw error;
}

console.log("Building functions…");
if (!process.argv.includes("--skip-build") && spawnSync("npm", ["--prefix", "functions", "run", "-s", "build"], { stdio: "inherit", cwd: repoRoot }).status !== 0) {
  fail("The functions did not compile; fix the errors above and run npm start again.");
}
console.log("Building the web app…");
if (!process.argv.includes("--skip-build") && spawnSync("npm", ["--prefix", "web", "run", "-s", "build"], { stdio: quiet ? "ignore" : "inherit", cwd: repoRoot }).status !== 0) {
  fail("The web app did not build; fix the errors above and run npm start again.");
}
writeFunctionsEmulatorEnv();

let standIn;
let emulators;
let stopping = false;
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping the emulators and the ElevenLabs stand-in…");
  if (emulators) await endGroup(emulators.pid, 15_000);
  await stopChild(standIn);
  console.log("Stopped.");
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  // With --persist the stand-in keeps its documents, agents and conversations too, so the
  // persisted Firestore records still point at ElevenLabs copies that exist.
  standIn = await startElevenLabsStandIn({ extraArgs: persist ? ["--state-file", paths.elevenLabsState] : [] });
} catch (error) {
  fail(`${error.message} Is port ${urls.elevenLabs.split(":").pop()} in use?`);
}

const dataDir = paths.emulatorData;
const args = ["firebase", "emulators:start", "--project", projectId, "--only", EMULATORS];
if (persist) {
  mkdirSync(dataDir, { recursive: true });
  args.push("--import", dataDir, "--export-on-exit", dataDir);
}
console.log(`Starting the Firebase emulators (${EMULATORS})…`);
emulators = spawn("npx", args, { cwd: repoRoot, detached: true, stdio: quiet ? "ignore" : ["ignore", "inherit", "inherit"], env: { ...process.env, ...toolchain.env } });
emulators.once("exit", (code) => {
  if (!stopping) {
    console.error(`The Firebase emulators exited (code ${code}); see firebase-debug.log.`);
    void stopAll(1);
  }
});

try {
  await waitForApi(180_000);
  console.log("Seeding demo data…");
  const seeded = await seedDemoData((line) => console.log(line));
  const stack = {
    project_id: projectId,
    api_base: urls.api,
    auth_emulator: urls.auth,
    firestore_emulator: urls.firestore,
    storage_emulator: urls.storage,
    functions_emulator: urls.functions,
    hosting: urls.hosting,
    console_url: urls.console,
    patient_url: urls.patient,
    elevenlabs: urls.elevenLabs,
    elevenlabs_api_key: elevenLabsApiKey,
    webhook_url: urls.webhook,
    storage_rules_evaluated: toolchain.storageRulesEvaluated,
    accounts: seeded.accounts,
    demo: seeded.demo,
  };
  mkdirSync(paths.local, { recursive: true });
  writeFileSync(paths.stackFile, `${JSON.stringify(stack, null, 2)}\n`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Ready in ${seconds} s.${persist ? " Data persists in .local/emulator-data." : ""}

  Doctor console     ${urls.console}
  Patient page       ${urls.patient}      (patients open their invite link)
  REST API           ${urls.api}            (Hosting rewrite /api/** -> function api)
  Callables          ${urls.functions}/<name>
  Auth emulator      ${urls.auth}
  Firestore emulator ${urls.firestore}
  Storage emulator   ${urls.storage}${toolchain.storageRulesEvaluated ? "" : "   (storage.rules not evaluated offline: client reads denied)"}
  ElevenLabs stand-in ${urls.elevenLabs}      (API key ${elevenLabsApiKey})
  Webhook            ${urls.webhook}
  Cloud Tasks        ${urls.tasks}      (narration queue)
  Emulator hub       ${urls.hub}${toolchain.uiAvailable ? "" : "   (Emulator UI not available offline)"}

Demo accounts (password for all: ${seeded.accounts.admin.password}):
${Object.entries(seeded.accounts).map(([role, a]) => `  ${role.padEnd(9)} ${a.email.padEnd(26)} ${(a.name ?? "").padEnd(18)} uid ${a.uid}`).join("\n")}

Demo ids: patient ${seeded.demo.patient_id}, agent ${seeded.demo.agent_id}
Written to .local/stack.json. Press Ctrl-C to stop everything.`);
} catch (error) {
  console.error(`\n${error.message}`);
  await stopAll(1);
}
