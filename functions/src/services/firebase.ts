// The Admin SDK, initialised once per instance on first use. Its Firestore and Auth modules are
// required on first use too: loading @google-cloud/firestore costs every function's cold start.
import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import type { App } from "firebase-admin/app";

export function adminApp(): App {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy
  const { getApps, initializeApp } = require("firebase-admin/app") as typeof import("firebase-admin/app");
  return getApps().find((app) => app.name === "[DEFAULT]") ?? initializeApp();
}

type FirestoreModule = typeof import("firebase-admin/firestore");
let firestoreModuleCache: FirestoreModule | undefined;
export function firestoreModule(): FirestoreModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy
  firestoreModuleCache ??= require("firebase-admin/firestore") as FirestoreModule;
  return firestoreModuleCache;
}

let firestore: Firestore | undefined;
export function db(): Firestore {
  if (!firestore) {
    firestore = firestoreModule().getFirestore(adminApp());
    firestore.settings({ ignoreUndefinedProperties: true });
  }
  return firestore;
}

export function adminAuth(): Auth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy
  const { getAuth } = require("firebase-admin/auth") as typeof import("firebase-admin/auth");
  return getAuth(adminApp());
}

/** Whether Auth is the local emulator (the variable the Admin SDK itself reads to decide it). */
export function authEmulated(): boolean {
  return Boolean(process.env.FIREBASE_AUTH_EMULATOR_HOST);
}
