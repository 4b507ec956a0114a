// Firebase for the browser. The configuration comes from Hosting (/__/firebase/init.json), so the
// same build runs against the emulators and the real project. Locally, the Hosting emulator's
// /__/firebase/init.js?useEmulator=true names each emulator's host and port: no port is hard-coded.
import { initializeApp, type FirebaseApp, type FirebaseOptions } from "firebase/app";
import { connectAuthEmulator, getAuth, type Auth } from "firebase/auth";
import { connectFunctionsEmulator, getFunctions, type Functions } from "firebase/functions";

export interface EmulatorAddress {
  host: string;
  port: number;
  hostAndPort: string;
}
export type Emulators = Partial<Record<"auth" | "firestore" | "functions" | "storage" | "hosting", EmulatorAddress>>;

export interface FirebaseContext {
  app: FirebaseApp;
  auth: Auth;
  functions: Functions;
  emulators: Emulators | null;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Pulls `var firebaseEmulators = {...};` out of the Hosting emulator's init script. */
export function parseEmulators(script: string): Emulators | null {
  const match = /var firebaseEmulators = (\{[\s\S]*?\n\});/.exec(script);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as Emulators;
  } catch {
    return null;
  }
}

async function hostingSetup(): Promise<{ options: FirebaseOptions; emulators: Emulators | null }> {
  const local = LOCAL_HOSTS.has(location.hostname);
  const [options, emulators] = await Promise.all([
    fetch("/__/firebase/init.json").then((r) => {
      if (!r.ok) throw new Error(`Could not load the Firebase configuration (${r.status}).`);
      return r.json() as Promise<FirebaseOptions>;
    }),
    local ? fetch("/__/firebase/init.js?useEmulator=true").then((r) => (r.ok ? r.text() : "")).then(parseEmulators).catch(() => null) : null,
  ]);
  return { options, emulators };
}

let setup: Promise<{ options: FirebaseOptions; emulators: Emulators | null }> | undefined;
const contexts = new Map<string, Promise<FirebaseContext>>();

/**
 * One Firebase app per name. The console and the patient page use different names, so a doctor
 * and a patient signed in on the same browser keep separate sessions.
 */
export function firebase(name: string): Promise<FirebaseContext> {
  let context = contexts.get(name);
  if (!context) {
    setup ??= hostingSetup();
    context = setup.then(({ options, emulators }) => {
      const app = initializeApp(options, name);
      const auth = getAuth(app);
      const functions = getFunctions(app, "us-central1");
      if (emulators?.auth) connectAuthEmulator(auth, `http://${emulators.auth.hostAndPort}`, { disableWarnings: true });
      if (emulators?.functions) connectFunctionsEmulator(functions, emulators.functions.host, emulators.functions.port);
      return { app, auth, functions, emulators };
    });
    contexts.set(name, context);
  }
  return context;
}
