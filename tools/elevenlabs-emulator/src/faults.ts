// Fault injection: a list of armed faults, matched per route, consumed per request.

export const FAULT_KINDS = [
  "rate_limit", // 429 with Retry-After; code rate_limit_exceeded | concurrent_limit_exceeded
  "error", // a 5xx (status, default 500) in ElevenLabs' error shape
  "drop", // the socket is destroyed without any response
  "latency", // adds `ms` before the request is handled
  "stream_cut", // audio responses: send `after_bytes` bytes, then destroy the socket
  "webhook_duplicate", // the next webhook is delivered twice
  "webhook_drop", // the next webhook is never sent
  "webhook_delay", // the next webhook is sent `ms` later (so later events can overtake it)
  "conversation_stuck", // the next closed conversation stays in `processing`
  "conversation_failed", // the next closed conversation ends `failed`
  "system_busy", // 429 system_busy (ElevenLabs' own capacity exhausted); HTTP routes and the socket upgrade
  "rag_index_failed", // the next RAG index ends `failed`
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  id: string;
  kind: FaultKind;
  /** Route name ("tts.convert"), a name prefix ("tts.*"), "METHOD /path/with/*", or "*" (everything). */
  route: string;
  /** Requests left; -1 = until removed or reset. */
  remaining: number;
  status?: number;
  code?: string;
  retry_after?: number;
  ms?: number;
  after_bytes?: number;
  reason?: string;
  hits: number;
}

/** Default route for the kinds that only make sense in one place. */
const DEFAULT_ROUTE: Partial<Record<FaultKind, string>> = {
  webhook_duplicate: "webhook",
  webhook_drop: "webhook",
  webhook_delay: "webhook",
  conversation_stuck: "conversation.processing",
  conversation_failed: "conversation.processing",
  rag_index_failed: "kb.rag_compute",
};

let seq = 0;

export function globToRegex(glob: string): RegExp {
  const src = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${src}$`);
}

export function routeMatches(spec: string, routeName: string, method: string, path: string): boolean {
  if (!spec || spec === "*") return true;
  if (spec === routeName) return true;
  const m = /^([A-Z*]+)\s+(\/.*)$/.exec(spec);
  if (m) {
    return (m[1] === "*" || m[1] === method) && globToRegex(m[2]).test(path);
  }
  if (spec.includes("*")) return globToRegex(spec).test(routeName);
  return false;
}

export class Faults {
  list: Fault[] = [];

  /** Validates a control-API body and arms the fault. Returns an error message or the fault. */
  add(body: Record<string, unknown>): Fault | string {
    const kind = body.kind as FaultKind;
    if (!FAULT_KINDS.includes(kind)) return `kind must be one of ${FAULT_KINDS.join(", ")}`;
    const route = typeof body.route === "string" && body.route ? body.route : (DEFAULT_ROUTE[kind] ?? "*");
    let remaining: number;
    if (body.count === undefined || body.count === null) remaining = kind === "latency" ? -1 : 1;
    else if (typeof body.count === "number" && Number.isInteger(body.count) && (body.count > 0 || body.count === -1)) remaining = body.count;
    else return "count must be a positive integer, or -1 for unlimited";
    const f: Fault = { id: `fault_${++seq}`, kind, route, remaining, hits: 0 };
    if (kind === "system_busy" && typeof body.retry_after === "number") f.retry_after = body.retry_after;
    if (kind === "rate_limit") {
      f.status = 429;
      f.code = body.code === "concurrent_limit_exceeded" ? "concurrent_limit_exceeded" : "rate_limit_exceeded";
      f.retry_after = typeof body.retry_after === "number" ? body.retry_after : 1;
    }
    if (kind === "error") {
      const st = typeof body.status === "number" ? body.status : 500;
      if (st < 400 || st > 599) return "status must be 4xx or 5xx";
      f.status = st;
      if (typeof body.code === "string") f.code = body.code;
    }
    if (kind === "latency" || kind === "webhook_delay") {
      if (typeof body.ms !== "number" || body.ms < 0) return "ms (a number >= 0) is required";
      f.ms = body.ms;
    }
    if (kind === "stream_cut") f.after_bytes = typeof body.after_bytes === "number" ? body.after_bytes : undefined;
    if (typeof body.reason === "string") f.reason = body.reason;
    this.list.push(f);
    return f;
  }

  /** Consumes and returns the first armed fault of one of `kinds` that matches. */
  take(routeName: string, method: string, path: string, kinds: readonly FaultKind[]): Fault | undefined {
    const f = this.list.find((x) => kinds.includes(x.kind) && routeMatches(x.route, routeName, method, path));
    if (!f) return undefined;
    this.consume(f);
    return { ...f };
  }

  /** Total added latency for a request (consumes counted latency faults). */
  latency(routeName: string, method: string, path: string): number {
    let ms = 0;
    for (const f of [...this.list]) {
      if (f.kind !== "latency" || !routeMatches(f.route, routeName, method, path)) continue;
      ms += f.ms ?? 0;
      this.consume(f);
    }
    return ms;
  }

  private consume(f: Fault): void {
    f.hits++;
    if (f.remaining > 0) {
      f.remaining--;
      if (f.remaining === 0) this.list = this.list.filter((x) => x !== f);
    }
  }

  remove(id: string): boolean {
    const before = this.list.length;
    this.list = this.list.filter((f) => f.id !== id);
    return this.list.length !== before;
  }

  clear(): void {
    this.list = [];
  }
}
