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
/** The ElevenLabs plan the local stack imitates: the stand-in enforces it, the functions check against it. */
export const elevenLabsPlan = "creator";
export const webhookSecret = "local-webhook-secret";
/** Local-only keys for the invite-code pepper, the audit pseudonyms and the signed audio links. */
export const localKeys = {
  INVITE_CODE_PEPPER: "local-invite-pepper",
  AUDIT_PSEUDONYM_KEY: "local-audit-pseudonym-key",
  MEDIA_LINK_KEY: "local-media-link-key",
};

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
      `ELEVENLABS_PLAN=${elevenLabsPlan}`,
      // Audio links point at the Hosting rewrite of this stack.
      `PUBLIC_API_BASE_URL=${urls.api}`,
      // Every local client shares 127.0.0.1: the per-address invite throttle is set high enough
      // for a test run; the per-account throttle keeps its production default.
      "INVITE_ATTEMPTS_PER_HOUR_PER_IP=1000",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(functionsDir, ".secret.local"),
    [`ELEVENLABS_API_KEY=${elevenLabsApiKey}`, `ELEVENLABS_WEBHOOK_SECRET=${webhookSecret}`, ...Object.entries(localKeys).map(([k, v]) => `${k}=${v}`), ""].join("\n"),
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
