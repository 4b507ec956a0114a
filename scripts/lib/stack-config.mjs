// The one description of the local stack: project id, ports, addresses, local-only credentials,
// demo accounts and paths. `npm start`, the test runner, the demo, the bench and the admin CLI
// read it from here; child processes (mocha suites, bench workers) get it as LOCAL_STACK (JSON).
// Ports and the project id are the Firebase CLI's own inputs, so they are read from firebase.json
// and .firebaserc rather than declared a second time.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const firebaseJson = JSON.parse(readFileSync(join(repoRoot, "firebase.json"), "utf8"));
const firebaseRc = JSON.parse(readFileSync(join(repoRoot, ".firebaserc"), "utf8"));

export const projectId = firebaseRc.projects.default;
/** Separate emulator projects, so the Functions emulator's triggers ignore what they write. */
export const projects = { main: projectId, rules: `${projectId}-rules`, bench: `${projectId}-bench` };
export const region = "us-central1";
export const host = "127.0.0.1";

/** Every emulator with a port in firebase.json (hub and logging included). */
export const ports = Object.fromEntries(
  Object.entries(firebaseJson.emulators).filter(([, v]) => v && typeof v === "object" && typeof v.port === "number").map(([k, v]) => [k, v.port]),
);
/** The emulators a full local stack runs (everything with a port except the hub and logging). */
export const EMULATORS = Object.keys(ports).filter((name) => name !== "hub" && name !== "logging").join(",");

export const elevenLabsPort = Number(process.env.ELEVENLABS_EMULATOR_PORT ?? 8911);
// Local-only credentials: they reach only the emulators and the local ElevenLabs stand-in.
export const elevenLabsApiKey = "local-dev-key";
export const webhookSecret = "local-webhook-secret";
/** Local-only keys for the invite-code pepper, the audit pseudonyms and the signed audio links. */
export const localKeys = {
  INVITE_CODE_PEPPER: "local-invite-pepper",
  AUDIT_PSEUDONYM_KEY: "local-audit-pseudonym-key",
  MEDIA_LINK_KEY: "local-media-link-key",
  FLAG_TOOL_KEY: "local-flag-tool-key",
};
/** The ElevenLabs plan the functions are told about (ELEVENLABS_PLAN): its TTS concurrency bounds narration. */
export const elevenLabsPlan = process.env.ELEVENLABS_PLAN ?? "creator";

export const urls = {
  auth: `http://${host}:${ports.auth}`,
  firestore: `http://${host}:${ports.firestore}`,
  storage: `http://${host}:${ports.storage}`,
  tasks: `http://${host}:${ports.tasks}`,
  functions: `http://${host}:${ports.functions}/${projectId}/${region}`,
  hosting: `http://${host}:${ports.hosting}`,
  console: `http://${host}:${ports.hosting}/`,
  patient: `http://${host}:${ports.hosting}/patient/`,
  api: `http://${host}:${ports.hosting}/api`,
  hub: `http://${host}:${ports.hub}`,
  elevenLabs: `http://${host}:${elevenLabsPort}`,
  webhook: `http://${host}:${ports.functions}/${projectId}/${region}/elevenLabsWebhook`,
  flagTool: `http://${host}:${ports.functions}/${projectId}/${region}/flagForDoctor`,
};

/** Emulator host variables, as `firebase emulators:exec` sets them for the process it runs. */
export const emulatorHosts = {
  FIREBASE_AUTH_EMULATOR_HOST: `${host}:${ports.auth}`,
  FIRESTORE_EMULATOR_HOST: `${host}:${ports.firestore}`,
  FIREBASE_STORAGE_EMULATOR_HOST: `${host}:${ports.storage}`,
  CLOUD_TASKS_EMULATOR_HOST: `${host}:${ports.tasks}`,
};

const localDir = join(repoRoot, ".local");
export const paths = {
  repoRoot,
  functions: join(repoRoot, "functions"),
  local: localDir,
  /** What `npm start` writes: addresses, the demo accounts with their uids, demo ids. */
  stackFile: join(localDir, "stack.json"),
  logs: join(localDir, "logs"),
  emulatorData: join(localDir, "emulator-data"),
  emulatorTools: join(localDir, "emulators"),
  elevenLabsState: join(localDir, "elevenlabs-state.json"),
  standInCli: join(repoRoot, "tools", "elevenlabs-emulator", "src", "cli.ts"),
  benchResults: join(repoRoot, "bench", "results.json"),
  /** Data beside the repository: the labeled transcripts and ElevenLabs' OpenAPI spec. */
  shared: join(repoRoot, "..", "shared"),
};

/** A stock voice every ElevenLabs workspace has (and the stand-in too): demo, tests and bench narrate with it. */
export const voiceId = "21m00Tcm4TlvDq8ikWAM";

/** The demo accounts `npm start` seeds; all share one local-only password. */
export const demo = {
  password: "demo-password",
  accounts: {
    admin: { email: "admin@demo.clinic", role: "admin", name: "Clinic Admin" },
    doctor: { email: "dr.rivera@demo.clinic", role: "doctor", name: "Dr. Ana Rivera" },
    doctor2: { email: "dr.okafor@demo.clinic", role: "doctor", name: "Dr. Chidi Okafor" },
    patient: { email: "sam.patient@demo.clinic", role: "patient", doctor: "doctor", name: "Sam Lee" },
    patient2: { email: "jo.patient@demo.clinic", role: "patient", doctor: "doctor2", name: "Jo Park" },
  },
};

/** The description handed to child processes as LOCAL_STACK (read by functions/test/stack.ts and the bench). */
export function describeStack() {
  return { projectId, projects, region, host, ports, urls, emulatorHosts, elevenLabsApiKey, webhookSecret, localKeys, elevenLabsPlan, voiceId, paths, demo };
}
export const stackEnvironment = () => ({ LOCAL_STACK: JSON.stringify(describeStack()) });

/** Params and secrets for the Functions emulator (`.env.local`, `.secret.local` are emulator-only files). */
export function writeFunctionsEmulatorEnv({ overrides = {} } = {}) {
  writeFileSync(
    join(paths.functions, ".env.local"),
    [
      `ELEVENLABS_BASE_URL=${urls.elevenLabs}`,
      `ELEVENLABS_PLAN=${elevenLabsPlan}`,
      // A narration job that ElevenLabs refused for now is retried after 1 s locally, not 30 s.
      "NARRATION_RETRY_MIN_BACKOFF_SECONDS=1",
      "APP_CHECK_ENFORCED=false",
      "CORS_ALLOWED_ORIGINS=http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000",
      "ELEVENLABS_TIMEOUT_SECONDS=8",
      // Audio links point at the Hosting rewrite of this stack.
      `PUBLIC_API_BASE_URL=${urls.api}`,
      // The agents' in-call flag_for_doctor tool calls this stack's function.
      `FLAG_TOOL_URL=${urls.flagTool}`,
      // Every local client shares 127.0.0.1: the per-address invite throttle is set high enough
      // for a test run; the per-account throttle keeps its production default.
      "INVITE_ATTEMPTS_PER_HOUR_PER_IP=1000",
      ...Object.entries(overrides).map(([name, value]) => `${name}=${value}`),
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(paths.functions, ".secret.local"),
    [`ELEVENLABS_API_KEY=${elevenLabsApiKey}`, `ELEVENLABS_WEBHOOK_SECRET=${webhookSecret}`, ...Object.entries(localKeys).map(([k, v]) => `${k}=${v}`), ""].join("\n"),
  );
}

/** Starts the ElevenLabs stand-in as a child process; resolves once it prints its address. */
export function startElevenLabsStandIn({ extraArgs = [], stdio = "pipe", port = elevenLabsPort } = {}) {
  const child = spawn(
    process.execPath,
    [
      paths.standInCli,
      "--port", String(port),
      "--api-key", elevenLabsApiKey,
      "--webhook-url", urls.webhook,
      "--webhook-secret", webhookSecret,
      // As strict as ElevenLabs: one delivery per webhook event (no retries), the plan's limits.
      "--plan", elevenLabsPlan,
      ...extraArgs,
    ],
    { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`The ElevenLabs stand-in did not start within 20 s: ${output.slice(-500)}`)), 20_000);
    const onData = (chunk) => {
      output += chunk.toString();
      if (stdio === "inherit") process.stdout.write(chunk);
      if (/listening on/i.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => {
      output += chunk.toString();
      if (stdio === "inherit") process.stderr.write(chunk);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The ElevenLabs stand-in exited (code ${code}) before it was ready: ${output.slice(-500)}`));
    });
  });
}

export function stopChild(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}
