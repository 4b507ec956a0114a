import assert from "node:assert/strict";
import { AppError } from "../../../src/errors";
import { logs } from "../../../src/logs";
import { isRetryable, MAX_ATTEMPTS, mayHaveReachedServer, retryAfterMs, toAppError, upstreamCode, withRetry } from "../../../src/services/elevenlabs-retry";

/** An error shaped like the ElevenLabs SDK's ElevenLabsError. */
function httpError(statusCode: number, headers: Record<string, string> = {}) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.assign(new Error(`Status code: ${statusCode}`), {
    name: "ElevenLabsError",
    statusCode,
    rawResponse: { headers: { get: (name: string) => lower[name.toLowerCase()] ?? null } },
  });
}

const timeoutError = () => Object.assign(new Error("Timeout exceeded when calling POST /v1/convai/agents/create."), { name: "ElevenLabsTimeoutError" });
const fetchFailed = () => new TypeError("fetch failed");
const connectionReset = () => Object.assign(new Error("request failed"), { cause: { code: "ECONNRESET" } });

describe("services/elevenlabs-retry", () => {
  // Keep the suite quiet and make the jittered backoff delays zero.
  const quietened = ["elevenLabsRetry", "elevenLabsGaveUp", "elevenLabsReconciled"] as const;
  const originalLogs = quietened.map((name) => logs[name]);
  const originalRandom = Math.random;
  before(() => {
    for (const name of quietened) (logs as Record<string, unknown>)[name] = () => undefined;
    Math.random = () => 0;
  });
  after(() => {
    quietened.forEach((name, i) => ((logs as Record<string, unknown>)[name] = originalLogs[i]));
    Math.random = originalRandom;
  });

  const classification: [string, () => unknown, boolean, boolean][] = [
    // name, error, retryable, may have reached the server
    ["HTTP 400", () => httpError(400), false, false],
    ["HTTP 401", () => httpError(401), false, false],
    ["HTTP 404", () => httpError(404), false, false],
    ["HTTP 408", () => httpError(408), true, false],
    ["HTTP 409", () => httpError(409), false, false],
    ["HTTP 422", () => httpError(422), false, false],
    ["HTTP 429", () => httpError(429), true, false],
    ["HTTP 500", () => httpError(500), true, true],
    ["HTTP 502", () => httpError(502), true, true],
    ["HTTP 503", () => httpError(503), true, true],
    ["an SDK timeout", timeoutError, true, true],
    ['"fetch failed"', fetchFailed, true, true],
    ["a reset connection", connectionReset, true, true],
    ["a programming error", () => new TypeError("Cannot read properties of undefined"), false, false],
    ["a thrown string", () => "boom", false, false],
    ["undefined", () => undefined, false, false],
  ];
  for (const [name, make, retryable, reached] of classification) {
    it(`${retryable ? "retries" : "does not retry"} ${name}`, () => {
      assert.equal(isRetryable(make()), retryable);
    });
    it(`${reached ? "treats" : "does not treat"} ${name} as possibly processed by the server`, () => {
      assert.equal(mayHaveReachedServer(make()), reached);
    });
  }

  describe("retryAfterMs", () => {
    it("reads Retry-After in seconds", () => {
      assert.equal(retryAfterMs(httpError(429, { "Retry-After": "3" })), 3000);
      assert.equal(retryAfterMs(httpError(429, { "retry-after": "0.5" })), 500);
    });

    it("reads Retry-After as an HTTP date", () => {
      const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
      const ms = retryAfterMs(httpError(503, { "Retry-After": inTenSeconds }))!;
      assert.ok(ms > 8_000 && ms <= 10_000, String(ms));
    });

    it("never returns a negative wait", () => {
      assert.equal(retryAfterMs(httpError(503, { "Retry-After": "-5" })), 0);
      assert.equal(retryAfterMs(httpError(503, { "Retry-After": new Date(Date.now() - 60_000).toUTCString() })), 0);
    });

    it("returns undefined without a usable header", () => {
      assert.equal(retryAfterMs(httpError(429)), undefined);
      assert.equal(retryAfterMs(httpError(429, { "Retry-After": "soon" })), undefined);
      assert.equal(retryAfterMs(fetchFailed()), undefined);
      assert.equal(retryAfterMs(null), undefined);
    });
  });

  describe("toAppError", () => {
    const cases: [string, unknown, number, string, RegExp][] = [
      ["a 429 with Retry-After", httpError(429, { "Retry-After": "2.1" }), 3, "upstreamUnavailable", /rate limiting this project \(op\)\. Try again in 3 s\./],
      ["a 429 without Retry-After", httpError(429), 3, "upstreamUnavailable", /rate limiting .* Try again shortly\./],
      ["a 401", httpError(401), 1, "upstreamUnavailable", /ELEVENLABS_API_KEY/],
      ["a 403", httpError(403), 1, "upstreamUnavailable", /ELEVENLABS_API_KEY/],
      ["a 404", httpError(404), 1, "notFound", /no such resource \(op\)/],
      ["a 422", httpError(422), 1, "upstreamUnavailable", /refused the request \(op, HTTP 422\)/],
      ["a 503 after 3 attempts", httpError(503), 3, "upstreamUnavailable", /after 3 attempts \(op\)/],
      ["a network failure after 1 attempt", fetchFailed(), 1, "upstreamUnavailable", /after 1 attempt \(op\)/],
    ];
    for (const [name, error, attempts, kind, message] of cases) {
      it(`turns ${name} into ${kind} with an actionable message`, () => {
        const appError = toAppError("op", error, attempts);
        assert.equal(appError.kind, kind);
        assert.match(appError.message, message);
      });
    }

    it("passes an AppError through unchanged", () => {
      const original = new AppError("conflict", "already there");
      assert.equal(toAppError("op", original, 2), original);
    });

    it("never copies the upstream error message to the caller", () => {
      const leaky = Object.assign(httpError(500), { message: "patient Ann Smith transcript ..." });
      assert.doesNotMatch(toAppError("op", leaky, 3).message, /Ann/);
    });
  });

  describe("withRetry", () => {
    /** An attempt function that throws the given errors in order, then returns `result`. */
    function scripted<T>(failures: unknown[], result: T) {
      const fn = async () => {
        fn.calls += 1;
        if (fn.calls <= failures.length) throw failures[fn.calls - 1];
        return result;
      };
      fn.calls = 0;
      return fn;
    }

    async function rejection(promise: Promise<unknown>): Promise<AppError> {
      try {
        await promise;
      } catch (error) {
        assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
        return error;
      }
      assert.fail("expected a rejection");
    }

    it("allows three attempts", () => {
      assert.equal(MAX_ATTEMPTS, 3);
    });

    it("returns the first result without retrying", async () => {
      const attempt = scripted([], "ok");
      assert.equal(await withRetry("op", attempt), "ok");
      assert.equal(attempt.calls, 1);
    });

    it("succeeds on the third attempt after two 503s", async () => {
      const attempt = scripted([httpError(503), httpError(503)], "ok");
      assert.equal(await withRetry("op", attempt), "ok");
      assert.equal(attempt.calls, 3);
    });

    it("gives up after three attempts with an upstreamUnavailable error", async () => {
      const attempt = scripted([httpError(503), httpError(503), httpError(503), httpError(503)], "never");
      const error = await rejection(withRetry("createAgent", attempt));
      assert.equal(attempt.calls, 3);
      assert.equal(error.kind, "upstreamUnavailable");
      assert.match(error.message, /after 3 attempts \(createAgent\)/);
    });

    it("does not retry a 400", async () => {
      const attempt = scripted([httpError(400)], "never");
      const error = await rejection(withRetry("op", attempt));
      assert.equal(attempt.calls, 1);
      assert.match(error.message, /HTTP 400/);
    });

    it("reports a 404 as notFound after one attempt", async () => {
      const attempt = scripted([httpError(404)], "never");
      assert.equal((await rejection(withRetry("op", attempt))).kind, "notFound");
      assert.equal(attempt.calls, 1);
    });

    it("retries timeouts and network failures", async () => {
      const attempt = scripted([timeoutError(), fetchFailed()], "ok");
      assert.equal(await withRetry("op", attempt), "ok");
      assert.equal(attempt.calls, 3);
    });

    it("waits for a Retry-After of 1 s before the next attempt", async () => {
      const attempt = scripted([httpError(429, { "Retry-After": "1" })], "ok");
      const started = performance.now();
      assert.equal(await withRetry("op", attempt), "ok");
      const elapsed = performance.now() - started;
      assert.equal(attempt.calls, 2);
      assert.ok(elapsed >= 900, `retried after ${elapsed} ms`);
    });

    it("does not wait inside the request for a Retry-After over 8 s, and tells the caller when to retry", async () => {
      const attempt = scripted([httpError(429, { "Retry-After": "30" })], "ok");
      const started = performance.now();
      const error = await rejection(withRetry("op", attempt));
      assert.ok(performance.now() - started < 500);
      assert.equal(attempt.calls, 1);
      assert.match(error.message, /Try again in 30 s\./);
    });

    it("returns what reconcile finds after an ambiguous 5xx, without another create", async () => {
      const attempt = scripted([httpError(502)], "created twice");
      let reconciled = 0;
      const result = await withRetry("createAgent", attempt, {
        reconcile: async () => {
          reconciled += 1;
          return "agent_from_first_attempt";
        },
      });
      assert.equal(result, "agent_from_first_attempt");
      assert.equal(attempt.calls, 1);
      assert.equal(reconciled, 1);
    });

    it("reconciles after a network failure too", async () => {
      const attempt = scripted([fetchFailed()], "new");
      let reconciled = 0;
      const result = await withRetry("createAgent", attempt, {
        reconcile: async () => {
          reconciled += 1;
          return "existing";
        },
      });
      assert.equal(result, "existing");
      assert.equal(reconciled, 1);
      assert.equal(attempt.calls, 1);
    });

    it("creates again when reconcile finds nothing", async () => {
      const attempt = scripted([httpError(500)], "new");
      let reconciled = 0;
      const result = await withRetry("createAgent", attempt, {
        reconcile: async () => {
          reconciled += 1;
          return undefined;
        },
      });
      assert.equal(result, "new");
      assert.equal(reconciled, 1);
      assert.equal(attempt.calls, 2);
    });

    const unambiguous: [string, () => unknown][] = [
      ["a 429", () => httpError(429)],
      ["a 408", () => httpError(408)],
    ];
    for (const [name, make] of unambiguous) {
      it(`does not reconcile after ${name}, which the server did not process`, async () => {
        const attempt = scripted([make()], "new");
        let reconciled = 0;
        const result = await withRetry("createAgent", attempt, {
          reconcile: async () => {
            reconciled += 1;
            return "existing";
          },
        });
        assert.equal(result, "new");
        assert.equal(reconciled, 0);
        assert.equal(attempt.calls, 2);
      });
    }

    it("does not reconcile before the first attempt", async () => {
      const attempt = scripted([], "new");
      let reconciled = 0;
      await withRetry("createAgent", attempt, {
        reconcile: async () => {
          reconciled += 1;
          return "existing";
        },
      });
      assert.equal(reconciled, 0);
    });

    it("keeps reconciling on later attempts once an attempt was ambiguous", async () => {
      const attempt = scripted([httpError(503), httpError(429)], "new");
      let reconciled = 0;
      const result = await withRetry("createAgent", attempt, {
        reconcile: async () => {
          reconciled += 1;
          return undefined;
        },
      });
      assert.equal(result, "new");
      assert.equal(reconciled, 2);
      assert.equal(attempt.calls, 3);
    });

    // Pending: exponential-backoff calls `retry` after the final attempt too, so withRetry sleeps
    // the Retry-After (and logs a retry that never happens) before giving up (see report).
    it("does not wait for Retry-After after the last attempt", async () => {
      const attempt = scripted([httpError(503), httpError(503), httpError(503, { "Retry-After": "1" })], "never");
      const started = performance.now();
      await rejection(withRetry("op", attempt));
      assert.ok(performance.now() - started < 500);
    });
  });

  describe("ElevenLabs' error codes", () => {
    const withBody = (statusCode: number, body: unknown) => Object.assign(httpError(statusCode), { body });
    const cases: [string, unknown, string | undefined][] = [
      ["detail.code", withBody(429, { detail: { type: "rate_limit_error", code: "too_many_concurrent_requests", status: "too_many_concurrent_requests" } }), "too_many_concurrent_requests"],
      ["the legacy detail.status", withBody(401, { detail: { status: "invalid_api_key", message: "Invalid API key" } }), "invalid_api_key"],
      ["a 422 list", withBody(422, { detail: [{ loc: ["body", "text"], msg: "field required", type: "value_error.missing" }] }), undefined],
      ["a plain string", withBody(500, { detail: "boom" }), undefined],
      ["no body", httpError(500), undefined],
    ];
    for (const [label, error, code] of cases) {
      it(`reads ${label}`, () => assert.equal(upstreamCode(error), code));
    }

    it("lets an operation turn a final refusal into its own error, after the retries", async () => {
      const busy = Object.assign(httpError(429), { body: { detail: { code: "too_many_concurrent_requests" } } });
      let attempts = 0;
      const error = await withRetry("op", async () => {
        attempts++;
        throw busy;
      }, { refusal: (e) => (upstreamCode(e) === "too_many_concurrent_requests" ? new AppError("rateLimited", "All lines busy.") : undefined) }).catch((e) => e);
      assert.equal(attempts, MAX_ATTEMPTS);
      assert.ok(error instanceof AppError);
      assert.equal(error.kind, "rateLimited");
      assert.equal(error.message, "All lines busy.");
    });

    it("keeps the generic mapping for refusals the operation does not know", async () => {
      const error = await withRetry("op", async () => {
        throw httpError(400);
      }, { refusal: () => undefined }).catch((e) => e);
      assert.equal(error.kind, "upstreamUnavailable");
    });
  });
});
