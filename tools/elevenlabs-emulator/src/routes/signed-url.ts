// Signed URL and WebRTC token: /v1/convai/conversation/get-signed-url, /v1/convai/conversation/token

import { boolParam, notFound, route, sendJson, validationError, missing } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import { ids } from "../state.ts";
import type { Emulator, SignedUrlRecord } from "../state.ts";

export const SOCKET_PATH = "/v1/convai/conversation";

function requireAgent(ctx: Ctx): string {
  const agentId = ctx.query.get("agent_id");
  if (!agentId) throw validationError([missing("agent_id", "query")]);
  if (!ctx.em.agents.has(agentId)) throw notFound(ctx, "agent", agentId);
  return agentId;
}

export function issueSignature(em: Emulator, agentId: string, includeConversationId: boolean): SignedUrlRecord {
  const now = em.now();
  const rec: SignedUrlRecord = {
    signature: ids.signature(),
    agent_id: agentId,
    conversation_id: includeConversationId ? ids.conversation() : null,
    include_conversation_id: includeConversationId,
    issued_at_ms: now,
    expires_at_ms: now + em.opts.signedUrlTtlMs,
    uses: 0,
  };
  em.signedUrls.set(rec.signature, rec);
  return rec;
}

function signedUrl(ctx: Ctx) {
  const agentId = requireAgent(ctx);
  const include = boolParam(ctx.query.get("include_conversation_id")) ?? false;
  const rec = issueSignature(ctx.em, agentId, include);
  const q = new URLSearchParams({ agent_id: agentId, conversation_signature: rec.signature });
  if (rec.conversation_id) q.set("conversation_id", rec.conversation_id);
  const host = ctx.req.headers.host ?? `${ctx.em.opts.host}:${ctx.em.opts.port}`;
  sendJson(ctx, 200, { signed_url: `ws://${host}${SOCKET_PATH}?${q}` });
}

function token(ctx: Ctx) {
  const agentId = requireAgent(ctx);
  // A WebRTC (LiveKit) token: the stand-in has no WebRTC server; the token is only recorded.
  const rec = issueSignature(ctx.em, agentId, true);
  sendJson(ctx, 200, { token: `lk_${rec.signature}`, conversation_id: rec.conversation_id });
}

export const signedUrlRoutes: Route[] = [
  route("convai.signed_url", "GET", "/v1/convai/conversation/get-signed-url", signedUrl),
  route("convai.signed_url", "GET", "/v1/convai/conversation/get_signed_url", signedUrl),
  route("convai.token", "GET", "/v1/convai/conversation/token", token),
];
