// Wraps a plain handler as an HTTPS callable: auth from the token, one error mapping, App Check
// behind a param (off for local runs), and for operations on patient data or accounts a check
// that the ID token was not revoked and the account is not disabled.
import { HttpsError, onCall, type CallableRequest } from "firebase-functions/v2/https";
import type { SecretParam } from "firebase-functions/params";
import { appCheckEnforced } from "../config";
import { AppError } from "../errors";
import { logs } from "../logs";
import { adminAuth } from "../services/firebase";
import { callerFromClaims, type Caller } from "./auth";

export function toHttpsError(operation: string, error: unknown, uid?: string): HttpsError {
  if (error instanceof HttpsError) return error;
  if (error instanceof AppError) {
    logs.requestRejected({ operation, kind: error.kind, uid });
    return new HttpsError(error.callableCode, error.message, error.details ? { details: error.details } : undefined);
  }
  logs.requestFailed({ operation, errorName: error instanceof Error ? error.name : typeof error });
  console.error(error);
  return new HttpsError("internal", "Something went wrong on our side; please try again.");
}

export function requireAppCheck(request: CallableRequest<unknown>): void {
  if (appCheckEnforced.value() && !request.app) {
    throw new AppError("unauthenticated", "This app must send a valid App Check token.");
  }
}

/**
 * onCall has verified the token's signature and expiry; this also asks Auth whether the token
 * was revoked or the account disabled since it was issued (verifyIdToken with checkRevoked).
 */
export async function requireLiveToken(request: CallableRequest<unknown>): Promise<void> {
  const header = request.rawRequest?.headers?.authorization ?? "";
  const token = /^Bearer (.+)$/.exec(Array.isArray(header) ? header[0]! : header)?.[1];
  if (!token) throw new AppError("unauthenticated", "Sign in first: this operation needs a Firebase ID token.");
  try {
    const decoded = await adminAuth().verifyIdToken(token, true);
    if (decoded.uid !== request.auth?.uid) throw new Error("token mismatch");
  } catch {
    throw new AppError("unauthenticated", "Your sign-in was revoked or your account is disabled; sign in again.");
  }
}

export interface CallableOptions {
  secrets?: SecretParam[];
  timeoutSeconds?: number;
  memory?: "256MiB" | "512MiB" | "1GiB";
  /**
   * Patient data, accounts, spend or admin work: refuse revoked tokens and disabled accounts at once.
   * true: the check (one Auth round trip) comes before the operation. "alongside": it runs while the
   * operation reads; the operation's result or error is only answered once it passed, and an
   * operation that writes awaits `caller.beforeWrites()` before its first write.
   */
  checkRevoked?: boolean | "alongside";
}

/**
 * Runs `operation` while `check` (the revocation check) is under way. Whatever the operation
 * answers, result or error, is only given once the check passed; a failed check answers instead.
 */
export async function alongsideCheck<T>(check: Promise<void>, operation: (beforeWrites: () => Promise<void>) => Promise<T>): Promise<T> {
  // Awaited on every path below; this only keeps an early rejection from being reported as unhandled.
  check.catch(() => undefined);
  let result: T;
  try {
    result = await operation(() => check);
  } catch (error) {
    await check;
    throw error;
  }
  await check;
  return result;
}

export function callable<T>(operation: string, handler: (caller: Caller, data: unknown) => Promise<T>, options: CallableOptions = {}) {
  const { checkRevoked, ...runtime } = options;
  // Only the options that are set: firebase-functions rejects keys present with `undefined`.
  const defined = Object.fromEntries(Object.entries(runtime).filter(([, value]) => value !== undefined));
  return onCall({ ...defined, enforceAppCheck: false, cors: true }, async (request: CallableRequest<unknown>) => {
    try {
      requireAppCheck(request);
      const caller = callerFromClaims(request.auth?.uid, request.auth?.token);
      if (checkRevoked === "alongside") return await alongsideCheck(requireLiveToken(request), (beforeWrites) => handler({ ...caller, beforeWrites }, request.data));
      if (checkRevoked) await requireLiveToken(request);
      return await handler(caller, request.data);
    } catch (error) {
      throw toHttpsError(operation, error, request.auth?.uid);
    }
  });
}
