// Shared setup for integration tests: the web app's view (Firebase JS SDK against the emulators)
// and the server's view (Admin SDK) of the same local project.
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { deleteApp, initializeApp as initializeClientApp, type FirebaseApp } from "firebase/app";
import { connectAuthEmulator, getAuth as getClientAuth, signInWithEmailAndPassword } from "firebase/auth";
import { connectFunctionsEmulator, getFunctions, httpsCallable } from "firebase/functions";
import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import { getStorage } from "firebase-admin/storage";
import { emulatorAddress, stack } from "../stack";

export const projectId = stack.projectId;
export const apiBase = stack.urls.api;
export const functionsBase = stack.urls.functions;
export const elevenLabsUrl = stack.urls.elevenLabs;
export const elevenLabsApiKey = stack.elevenLabsApiKey;
export const webhookSecret = stack.webhookSecret;
/** The local stack's keys (scripts/lib/stack-config.mjs); tests compute audit pseudonyms with them. */
export const localKeys = stack.localKeys;

// A named app of the tests' own: the code under test keeps the default app (and its settings).
const adminApp = getApps().find((app) => app.name === "test-harness") ?? initializeApp({ projectId, storageBucket: `${projectId}.appspot.com` }, "test-harness");
export const adminDb = getFirestore(adminApp);
export const adminAuth = getAuth(adminApp);
export const bucket = getStorage(adminApp).bucket();

const clientApps: FirebaseApp[] = [];

export interface SignedInUser {
  uid: string;
  email: string;
  /** The web app's Firebase app for this user (Firestore listeners, as the web app would use them). */
  app: FirebaseApp;
  idToken: () => Promise<string>;
  call: <T = unknown>(name: string, data?: unknown) => Promise<T>;
}

/** Creates an account with the given claims and signs it in through the client SDK, as the web app would. */
export async function signInAs(claims: Record<string, unknown> | null, uid = `u-${randomUUID().slice(0, 12)}`): Promise<SignedInUser> {
  const email = `${uid}@example.test`;
  const password = "password-123";
  await adminAuth.createUser({ uid, email, password });
  if (claims) await adminAuth.setCustomUserClaims(uid, claims);
  const app = initializeClientApp({ projectId, apiKey: "demo-key", authDomain: `${projectId}.firebaseapp.com` }, uid);
  clientApps.push(app);
  const auth = getClientAuth(app);
  const authEmulator = emulatorAddress("FIREBASE_AUTH_EMULATOR_HOST", "auth");
  connectAuthEmulator(auth, `http://${authEmulator.host}:${authEmulator.port}`, { disableWarnings: true });
  const functions = getFunctions(app, stack.region);
  connectFunctionsEmulator(functions, stack.host, stack.ports.functions!);
  const credential = await signInWithEmailAndPassword(auth, email, password);
  return {
    uid,
    email,
    app,
    idToken: () => credential.user.getIdToken(true),
    call: async <T>(name: string, data?: unknown) => (await httpsCallable<unknown, T>(functions, name, { timeout: 120_000 })(data ?? {})).data,
  };
}

export const signInDoctor = () => signInAs({ role: "doctor" });
export const signInAdmin = () => signInAs({ role: "admin" });

export async function closeClientApps() {
  await Promise.all(clientApps.splice(0).map((app) => deleteApp(app)));
}

/** Polls until `probe` returns a value, failing with `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** The REST API through the Hosting rewrite, with a Firebase ID token, as the web app would call it. */
export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { user?: SignedInUser; token?: string; body?: unknown; rawBody?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const token = options.token ?? (options.user ? await options.user.idToken() : undefined);
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // non-JSON bodies are returned as text for the assertion to show
  }
  return { status: response.status, body: body as T };
}

/** The stand-in's control API. */
export async function standIn<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${elevenLabsUrl}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Registers patient text the tests send, so the log audit can prove none of it reached a function log. */
export function markSensitive(...texts: string[]) {
  const file = process.env.SENSITIVE_STRINGS_FILE;
  if (!file) return;
  const lines = texts.flatMap((t) => t.split(/[.?!\n]/)).map((t) => t.trim()).filter((t) => t.length >= 12);
  appendFileSync(file, `${lines.join("\n")}\n`);
}

/**
 * Lets a test call handlers in its own process (for concurrency the Functions emulator cannot
 * serve), with the same params the emulator gives the functions.
 */
export function configureInProcessHandlers() {
  process.env.ELEVENLABS_API_KEY = elevenLabsApiKey;
  process.env.ELEVENLABS_WEBHOOK_SECRET = webhookSecret;
  process.env.ELEVENLABS_BASE_URL = elevenLabsUrl;
  process.env.ELEVENLABS_TIMEOUT_SECONDS ??= "8";
  process.env.FIREBASE_CONFIG ??= JSON.stringify({ projectId, storageBucket: `${projectId}.appspot.com` });
  process.env.SESSION_STARTS_PER_HOUR ??= "30";
  process.env.ELEVENLABS_PLAN ??= stack.elevenLabsPlan;
  process.env.METADATA_SERVER_DETECTION ??= "none";
  process.env.MAX_CONCURRENT_SESSIONS ??= "2";
  process.env.RETENTION_DAYS ??= "365";
  process.env.PUBLIC_API_BASE_URL ??= apiBase;
  // Outside the Functions runtime a param's default is not applied: every param a handler reads is set here.
  process.env.INVITE_ATTEMPTS_PER_HOUR_PER_ACCOUNT ??= "10";
  process.env.INVITE_ATTEMPTS_PER_HOUR_PER_IP ??= "60";
  process.env.DAILY_TTS_CHARACTERS_PER_DOCTOR ??= "200000";
  process.env.DAILY_KNOWLEDGE_BYTES_PER_DOCTOR ??= "5000000";
  process.env.AUDIO_LINK_TTL_SECONDS ??= "900";
  process.env.APP_CHECK_ENFORCED ??= "false";
  process.env.FLAG_TOOL_URL ??= stack.urls.flagTool;
  for (const [name, value] of Object.entries(localKeys)) process.env[name] ??= value;
}

export interface AudioJobView {
  audio_id: string;
  job_id: string;
  status: "queued" | "generating" | "draft" | "approved" | "failed";
  progress: { done: number; total: number };
  audio_url: string | null;
  duration_seconds: number | null;
  size_bytes: number | null;
  error: { kind: string; message: string } | null;
}

/** A narration is a job: polls GET /api/audio/{id}, as a web app without listeners would, until it is over. */
export async function waitForNarration(user: SignedInUser, audioId: string, timeoutMs = 120_000): Promise<AudioJobView> {
  return waitFor(
    `narration ${audioId} to finish`,
    async () => {
      const response = await api<AudioJobView>("GET", `/audio/${audioId}`, { user });
      if (response.status !== 200) throw new Error(`GET /audio/${audioId}: ${response.status} ${JSON.stringify(response.body)}`);
      return ["draft", "approved", "failed"].includes(response.body.status) ? response.body : undefined;
    },
    timeoutMs,
  );
}

/** POST /api/audio (answered at once with the job) and then the finished record. */
export async function narrate(user: SignedInUser, body: Record<string, unknown>, timeoutMs?: number) {
  const queued = await api<{ job_id: string; audio_id: string; status: string; progress: { done: number; total: number } }>("POST", "/audio", { user, body });
  if (queued.status !== 202) return { queued, audio: undefined };
  return { queued, audio: await waitForNarration(user, queued.body.audio_id, timeoutMs) };
}
