import type { FunctionsErrorCode } from "firebase-functions/v2/https";
import type { z } from "zod";

export type ErrorKind =
  | "invalidInput"
  | "unauthenticated"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "rateLimited"
  | "upstreamUnavailable"
  | "failedPrecondition";

/** The one mapping from our error kinds to callable codes and HTTP statuses. */
const MAPPING = {
  invalidInput: ["invalid-argument", 400],
  unauthenticated: ["unauthenticated", 401],
  forbidden: ["permission-denied", 403],
  notFound: ["not-found", 404],
  conflict: ["already-exists", 409],
  failedPrecondition: ["failed-precondition", 412],
  rateLimited: ["resource-exhausted", 429],
  upstreamUnavailable: ["unavailable", 502],
} as const satisfies Record<ErrorKind, readonly [FunctionsErrorCode, number]>;

export interface FieldProblem {
  field: string;
  problem: string;
}

/** An error whose message is safe to show the caller (never upstream bodies or patient text). */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = "AppError";
  }

  get callableCode(): FunctionsErrorCode {
    return MAPPING[this.kind][0];
  }

  get httpStatus(): number {
    return MAPPING[this.kind][1];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** `knowledge_ids.2: must contain only letters...`, one entry per problem. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "(body)";
    if (issue.code === "unrecognized_keys") {
      return { field: issue.keys.map((key) => [...issue.path, key].join(".")).join(", "), problem: "is not an accepted field" };
    }
    if (issue.input === undefined) {
      return { field, problem: "is required" };
    }
    return { field, problem: issue.message };
  });
}

export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const details = fieldProblems(result.error);
  throw new AppError("invalidInput", details.map((d) => `${d.field}: ${d.problem}`).join("; "), details);
}

/** ElevenLabs answers an unknown voice with 404; to the caller that is a bad `voice_id`. */
export function asUnknownVoice(error: unknown): unknown {
  return error instanceof AppError && error.kind === "notFound"
    ? new AppError("invalidInput", "voice_id: is not an ElevenLabs voice", [{ field: "voice_id", problem: "is not an ElevenLabs voice" }])
    : error;
}
