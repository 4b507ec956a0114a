// One place for the local stack's fixed facts: project id, ports, local-only credentials.
// These credentials only ever reach the emulators and the local ElevenLabs stand-in.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { repoRoot } from "./emulator-toolchain.mjs";

export const projectId = "demo-patient-education";
export const region = "us-central1";
export const ports = { auth: 9099, firestore: 8080, functions: 5001, storage: 9199, hosting: 5002, hub: 4400 };
export const host = "127.0.0.1";
export const elevenLabsPort = Number(process.env.ELEVENLABS_EMULATOR_PORT ?? 8911);
export const elevenLabsApiKey = "local-dev-key";
export const webhookSecret = "local-webhook-secret";

export const urls = {
  auth: `http://${host}:${ports.auth}`,
  firestore: `http://${host}:${ports.firestore}`,
  storage: `http://${host}:${ports.storage}`,
  functions: `http://${host}:${ports.functions}/${projectId}/${region}`,
  hosting: `http://${host}:${ports.hosting}`,
  console: `http://${host}:${ports.hosting}/`,
  patient: `http://${host}:${ports.hosting}/patient/`,
  api: `http://${host}:${ports.hosting}/api`,
  elevenLabs: `http://${host}:${elevenLabsPort}`,
  webhook: `http://${host}:${ports.functions}/${projectId}/${region}/elevenLabsWebhook`,
};

/** Params and secrets for the Functions emulator (`.env.local`, `.secret.local` are emulator-only files). */
export function writeFunctionsEmulatorEnv() {
  const functionsDir = join(repoRoot, "functions");
  writeFileSync(
    join(functionsDir, ".env.local"),
    [
      `ELEVENLABS_BASE_URL=${urls.elevenLabs}`,
      "APP_CHECK_ENFORCED=false",
      "CORS_ALLOWED_ORIGINS=http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000",
      "ELEVENLABS_TIMEOUT_SECONDS=8",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(functionsDir, ".secret.local"),
    `ELEVENLABS_API_KEY=${elevenLabsApiKey}\nELEVENLABS_WEBHOOK_SECRET=${webhookSecret}\n`,
  );
}

/** Starts the ElevenLabs stand-in as a child process; resolves once it prints its address. */
export function startElevenLabsStandIn({ extraArgs = [], stdio = "pipe" } = {}) {
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, "tools", "elevenlabs-emulator", "src", "cli.ts"),
      "--port", String(elevenLabsPort),
      "--api-key", elevenLabsApiKey,
      "--webhook-url", urls.webhook,
      "--webhook-secret", webhookSecret,
      // The local Functions emulator starts one process per in-flight request and can refuse a
      // burst; retry deliveries for about a minute, as a patient stack would be reconciled anyway.
      "--webhook-max-attempts", "8",
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
