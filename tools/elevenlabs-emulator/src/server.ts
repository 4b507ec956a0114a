// The HTTP server: request ids, request log, latency and faults, authentication, routing, errors.

import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { apiError, HttpError, matchRoute, rawBody, sendJson } from "./http.ts";
import type { Ctx, Route } from "./http.ts";
import { Emulator, ids } from "./state.ts";
import type { RequestLogEntry } from "./state.ts";
import { knowledgeBaseRoutes } from "./routes/knowledge-base.ts";
import { agentRoutes } from "./routes/agents.ts";
import { ttsRoutes } from "./routes/tts.ts";
import { voiceRoutes } from "./routes/voices.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { signedUrlRoutes } from "./routes/signed-url.ts";
import { controlRoutes } from "./routes/control.ts";
import { workspaceRoutes } from "./routes/workspace.ts";
import { ConversationSockets } from "./conversation/socket.ts";
import { sendPostCallTranscription } from "./webhooks.ts";
import { ttsConcurrencyLimit } from "./plan.ts";
import { DEFAULT_TTS_MODEL } from "./routes/tts.ts";

export const ROUTES: Route[] = [
  ...controlRoutes,
  ...knowledgeBaseRoutes,
  ...agentRoutes,
  ...ttsRoutes,
  ...voiceRoutes,
  ...conversationRoutes,
  ...signedUrlRoutes,
  ...workspaceRoutes,
];

const MAX_LOG = 1000;

/** 429 `system_busy`: ElevenLabs' answer when its own capacity is exhausted (fault kind `system_busy`). */
export function systemBusy(requestId: string, retryAfter?: number): HttpError {
  return apiError(
    429,
    "rate_limit_error",
    "system_busy",
    "Our services are experiencing high levels of traffic and your request could not be processed. Please retry with exponential backoff.",
    requestId,
    undefined,
    retryAfter ? { "retry-after": String(retryAfter) } : {},
  );
}

/**
 * The plan's text-to-speech concurrency: a request beyond the limit of its model's class is refused with
 * 429 too_many_concurrent_requests. The slot is held until the response is finished or the client goes away.
 */
async function takeTtsSlot(ctx: Ctx): Promise<void> {
  const em = ctx.em;
  let modelId = DEFAULT_TTS_MODEL;
  try {
    const body = JSON.parse((await rawBody(ctx)).toString("utf8"));
    if (typeof body?.model_id === "string") modelId = body.model_id;
  } catch {
    /* the handler answers bad bodies with 422 */
  }
  const limit = ttsConcurrencyLimit(em.limits(), modelId);
  if (limit !== null && em.ttsInFlight >= limit) {
    throw apiError(
      429,
      "rate_limit_error",
      "too_many_concurrent_requests",
      `Too many concurrent requests: ${em.ttsInFlight} of ${limit} allowed for ${modelId} on the ${em.plan} plan are in progress. Wait for one to finish and try again.`,
      ctx.requestId,
      undefined,
      { "current-concurrent-requests": String(em.ttsInFlight), "maximum-concurrent-requests": String(limit) },
    );
  }
  em.ttsInFlight++;
  let released = false;
  ctx.res.once("close", () => {
    if (released) return;
    released = true;
    em.ttsInFlight--;
  });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createEmulatorServer(em: Emulator): { server: Server; sockets: ConversationSockets } {
  const sockets = new ConversationSockets(em);
  em.onConversationDone = (c) => sendPostCallTranscription(em, c);
  em.onClockAdvanced = () => sockets.checkAllLimits();
  em.openConversationCount = () => sockets.agentOf.size;

  const server = createServer((req, res) => {
    void handle(em, req, res);
  });
  server.on("upgrade", (req, socket, head) => {
    if (!sockets.handleUpgrade(req, socket, head)) socket.destroy();
  });
  return { server, sockets };
}

async function handle(em: Emulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = ids.request();
  res.setHeader("x-request-id", requestId);
  res.setHeader("request-id", requestId);
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  const match = matchRoute(ROUTES, method, url.pathname);
  const routeName = match && "route" in match ? match.route.name : "unknown";
  const isControl = !!(match && "route" in match && match.route.public);
  const entry: RequestLogEntry = { at_ms: em.now(), method, path: url.pathname, route: routeName, status: null, request_id: requestId, fault: null };
  if (!isControl) {
    em.requests.push(entry);
    if (em.requests.length > MAX_LOG) em.requests.shift();
  }
  res.on("finish", () => {
    entry.status = res.statusCode;
    if (em.opts.verbose) process.stderr.write(`${method} ${url.pathname} -> ${res.statusCode}\n`);
  });
  const ctx: Ctx = { req, res, url, params: {}, query: url.searchParams, requestId, route: routeName, em };
  try {
    if (!isControl) {
      const delay = em.opts.latencyMs + em.faults.latency(routeName, method, url.pathname);
      if (delay > 0) await sleep(delay);
      const fault = em.faults.take(routeName, method, url.pathname, ["rate_limit", "error", "drop", "system_busy"]);
      if (fault) {
        entry.fault = fault.kind;
        if (fault.kind === "drop") {
          req.socket.destroy();
          return;
        }
        if (fault.kind === "system_busy") throw systemBusy(requestId, fault.retry_after);
        if (fault.kind === "rate_limit") {
          const msg =
            fault.code === "concurrent_limit_exceeded"
              ? "You have too many concurrent requests in progress. Please wait for one to finish and try again."
              : "You have exceeded the rate limit for this endpoint. Please slow down and try again.";
          throw apiError(429, "rate_limit_error", fault.code ?? "rate_limit_exceeded", msg, requestId, undefined, { "retry-after": String(fault.retry_after ?? 1) });
        }
        const st = fault.status ?? 500;
        throw apiError(st, st === 503 ? "service_unavailable" : "internal_error", fault.code ?? (st === 503 ? "service_unavailable" : "internal_server_error"), st === 503 ? "The service is temporarily unavailable (injected fault)." : "An internal error occurred (injected fault).", requestId);
      }
    }
    if (!match) throw new HttpError(404, { detail: "Not Found" });
    if ("methodNotAllowed" in match) throw new HttpError(405, { detail: "Method Not Allowed" });
    if (!match.route.public) {
      const key = req.headers["xi-api-key"];
      if (key !== em.opts.apiKey) {
        throw apiError(401, "authentication_error", "invalid_api_key", key ? "Invalid API key." : "Missing API key: send it in the xi-api-key header.", requestId);
      }
    }
    ctx.params = match.params;
    if (routeName.startsWith("tts.")) await takeTtsSlot(ctx);
    await match.route.handler(ctx);
  } catch (e) {
    if (ctx.dropped || res.destroyed) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (e instanceof HttpError) {
      sendJson(ctx, e.status, e.body, e.headers);
      return;
    }
    const err = e as Error;
    process.stderr.write(`elevenlabs stand-in: ${method} ${url.pathname}: ${err.stack ?? err.message}\n`);
    sendJson(ctx, 500, { detail: { type: "internal_error", code: "internal_server_error", message: err.message, status: "internal_server_error", request_id: requestId } });
  }
}
