// The request schemas, loaded on the first request that needs them: zod is about a seventh of a
// cold start, and scheduled or trigger functions never validate a request.
/* eslint-disable @typescript-eslint/no-require-imports -- deliberately lazy */

function once<T>(load: () => T): () => T {
  let cache: T | undefined;
  return () => (cache ??= load());
}

/** The web app's request contracts. */
export const contracts = once(() => require("../contracts") as typeof import("../contracts"));

/** The body of a flag_for_doctor tool call (server only: it names the tool's categories). */
export const flagRequestSchemas = once(() => require("./flag-request") as typeof import("./flag-request"));
