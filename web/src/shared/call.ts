// Callables through the Firebase JS SDK, with the backend's errors turned into what a form
// shows: a message, and each problem next to the field it names (`details: [{field, problem}]`).
import { httpsCallable, type Functions } from "firebase/functions";

export interface FieldProblem {
  field: string;
  problem: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const FRIENDLY: Record<string, string> = {
  unavailable: "The service is not reachable right now; please try again in a moment.",
  internal: "Something went wrong on our side; please try again.",
  "deadline-exceeded": "This took too long; please try again.",
};

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as { code?: string; message?: string; details?: { details?: FieldProblem[] } };
  const code = (e.code ?? "unknown").replace(/^functions\//, "");
  const fields: Record<string, string> = {};
  for (const d of e.details?.details ?? []) {
    // "knowledge_ids.2" belongs to the knowledge_ids control; "a, b" (unknown keys) to each.
    for (const name of d.field.split(", ")) fields[name.split(".")[0]!] ??= d.problem;
  }
  const message = code === "internal" || !e.message ? (FRIENDLY[code] ?? FRIENDLY.internal!) : e.message;
  return new ApiError(message, code, fields);
}

export type Caller = <T>(name: string, data?: unknown) => Promise<T>;

export function makeCaller(functions: Functions): Caller {
  return async <T>(name: string, data: unknown = {}) => {
    try {
      return (await httpsCallable<unknown, T>(functions, name, { timeout: 540_000 })(data)).data;
    } catch (error) {
      throw toApiError(error);
    }
  };
}
