// Wraps a plain handler as an HTTPS callable: auth from the token, one error mapping, App Check
// behind a param (off for local runs).
import { HttpsError, onCall, type CallableRequest } from "firebase-functions/v2/https";
import type { SecretParam } from "firebase-functions/params";
import { appCheckEnforced } from "../config";
import { AppError } from "../errors";
import { logs } from "../logs";
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

export function callable<T>(
  operation: string,
  handler: (caller: Caller, data: unknown) => Promise<T>,
  options: { secrets?: SecretParam[]; timeoutSeconds?: number; memory?: "256MiB" | "512MiB" | "1GiB" } = {},
) {
  // Only the options that are set: firebase-functions rejects keys present with `undefined`.
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return onCall(
    { ...defined, enforceAppCheck: false, cors: true },
    async (request: CallableRequest<unknown>) => {
      try {
        if (appCheckEnforced.value() && !request.app) {
          throw new AppError("unauthenticated", "This app must send a valid App Check token.");
        }
        const caller = callerFromClaims(request.auth?.uid, request.auth?.token);
        return await handler(caller, request.data);
      } catch (error) {
        throw toHttpsError(operation, error, request.auth?.uid);
      }
    },
  );
}
