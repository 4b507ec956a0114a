// The request schemas, loaded on the first request that needs them: zod is about a seventh of a
// cold start, and scheduled or trigger functions never validate a request.
type Contracts = typeof import("../contracts");

let cache: Contracts | undefined;
export function contracts(): Contracts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy
  cache ??= require("../contracts") as Contracts;
  return cache;
}
