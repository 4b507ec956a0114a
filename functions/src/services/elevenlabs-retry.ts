// The one retry policy for every ElevenLabs call. The SDK's own retries are off (maxRetries: 0):
// it retries POST and PATCH on 5xx by itself, which can duplicate a create.
import { backOff } from "exponential-backoff";
import { AppError } from "../errors";
import { logs } from "../logs";

export const MAX_ATTEMPTS = 3;
const FIRST_DELAY_MS = 250;
/** A Retry-After longer than this is not waited for inside a request: the caller is told to retry. */
const MAX_RETRY_AFTER_MS = 8_000;

interface UpstreamErrorShape {
  statusCode?: number;
  name?: string;
  message?: string;
  rawResponse?: { headers?: { get(name: string): string | null } };
  cause?: unknown;
}

function asUpstream(error: unknown): UpstreamErrorShape {
  return typeof error === "object" && error !== null ? (error as UpstreamErrorShape) : {};
}

export function upstreamStatus(error: unknown): number | undefined {
  return asUpstream(error).statusCode;
}

/**
 * ElevenLabs' specific error code (`too_many_concurrent_requests`, `voice_not_found`, ...): read
 * from `detail.code`, or the legacy `detail.status`; undefined for 422 lists and plain strings.
 */
export function upstreamCode(error: unknown): string | undefined {
  const body = (error as { body?: { detail?: unknown } } | undefined)?.body;
  const detail = body && typeof body === "object" ? body.detail : undefined;
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return undefined;
  const { code, status } = detail as { code?: unknown; status?: unknown };
  return typeof code === "string" ? code : typeof status === "string" ? status : undefined;
}

function isTimeout(error: unknown): boolean {
  const e = asUpstream(error);
  return e.name === "ElevenLabsTimeoutError" || /timeout/i.test(e.message ?? "");
}

function isNetworkFailure(error: unknown): boolean {
  const e = asUpstream(error);
  if (e.statusCode !== undefined) return false;
  const text = `${e.message ?? ""} ${String((e.cause as { code?: string } | undefined)?.code ?? "")}`;
  return /fetch failed|ECONNRESET|ECONNREFUSED|EPIPE|socket|terminated|other side closed|network|aborted|premature/i.test(text);
}

/** 429, 5xx, timeouts and network errors are worth another attempt; other 4xx are final. */
export function isRetryable(error: unknown): boolean {
  const status = upstreamStatus(error);
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  return isTimeout(error) || isNetworkFailure(error);
}

/** True when the request may have been processed although we saw a failure. */
export function mayHaveReachedServer(error: unknown): boolean {
  const status = upstreamStatus(error);
  if (status !== undefined) return status >= 500;
  return isTimeout(error) || isNetworkFailure(error);
}

export function retryAfterMs(error: unknown): number | undefined {
  const header = asUpstream(error).rawResponse?.headers?.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface RetryOptions<T> {
  /** For creates: looks for what an ambiguous failed attempt may have created, before trying again. */
  reconcile?: () => Promise<T | undefined>;
  /**
   * Turns a final ElevenLabs refusal this operation understands (a full plan, an unknown voice) into
   * the caller's error; anything it returns undefined for gets the generic mapping.
   */
  refusal?: (error: unknown) => AppError | undefined;
}

/** Runs `attempt` up to MAX_ATTEMPTS times with jittered exponential backoff, honouring Retry-After. */
export async function withRetry<T>(operation: string, attempt: () => Promise<T>, options: RetryOptions<T> = {}): Promise<T> {
  let attempts = 0;
  let uncertain = false;
  let lastError: unknown;
  try {
    return await backOff(
      async () => {
        attempts += 1;
        if (uncertain && options.reconcile) {
          const found = await options.reconcile();
          logs.elevenLabsReconciled({ operation, found: found !== undefined });
          if (found !== undefined) return found;
        }
        try {
          return await attempt();
        } catch (error) {
          uncertain = uncertain || mayHaveReachedServer(error);
          lastError = error;
          throw error;
        }
      },
      {
        numOfAttempts: MAX_ATTEMPTS,
        startingDelay: FIRST_DELAY_MS,
        timeMultiple: 3,
        maxDelay: 4_000,
        jitter: "full",
        retry: async (error, attemptNumber) => {
          // exponential-backoff also asks after the last attempt: never wait for nothing.
          if (attemptNumber >= MAX_ATTEMPTS || !isRetryable(error)) return false;
          const waitMs = retryAfterMs(error);
          if (waitMs !== undefined && waitMs > MAX_RETRY_AFTER_MS) return false;
          logs.elevenLabsRetry({ operation, attempt: attemptNumber, status: upstreamStatus(error), delayMs: waitMs ?? 0 });
          if (waitMs) await sleep(waitMs);
          return true;
        },
      },
    );
  } catch (error) {
    const final = error ?? lastError;
    const specific = error instanceof AppError ? undefined : options.refusal?.(final);
    if (specific) {
      logs.elevenLabsGaveUp({ operation, attempts, status: upstreamStatus(final) });
      throw specific;
    }
    throw toAppError(operation, final, attempts);
  }
}

/** Turns an ElevenLabs failure into a message a web-app developer can act on. */
export function toAppError(operation: string, error: unknown, attempts: number): AppError {
  if (error instanceof AppError) return error;
  const status = upstreamStatus(error);
  logs.elevenLabsGaveUp({ operation, attempts, status });
  if (status === 429) {
    const waitMs = retryAfterMs(error);
    const after = waitMs ? ` Try again in ${Math.ceil(waitMs / 1000)} s.` : " Try again shortly.";
    return new AppError("upstreamUnavailable", `ElevenLabs is rate limiting this project (${operation}).${after}`);
  }
  if (status === 401 || status === 403) {
    return new AppError("upstreamUnavailable", `ElevenLabs rejected the server's API key (${operation}); the administrator must check ELEVENLABS_API_KEY.`);
  }
  if (status === 404) return new AppError("notFound", `ElevenLabs has no such resource (${operation}).`);
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError("upstreamUnavailable", `ElevenLabs refused the request (${operation}, HTTP ${status}).`);
  }
  return new AppError(
    "upstreamUnavailable",
    `ElevenLabs did not respond successfully after ${attempts} attempt${attempts === 1 ? "" : "s"} (${operation}); please try again later.`,
  );
}
