// Conversations: /v1/convai/conversations[/{conversation_id}[/audio]]

import { apiError, boolParam, notFound, paginate, route, sendJson, validationError } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import type { Conversation, Emulator, Json } from "../state.ts";
import { hash32, silentMp3 } from "../audio/speech.ts";
import { destroyAfter } from "./tts.ts";

export function durationSecs(em: Emulator, c: Conversation): number {
  return Math.max(0, Math.floor(((c.endMs ?? em.now()) - c.startMs) / 1000));
}

/** The GET /v1/convai/conversations/{id} body; also the `data` of post_call_transcription webhooks. */
export function conversationBody(em: Emulator, c: Conversation): Json {
  const finished = c.status === "done" || c.status === "failed" || c.status === "processing";
  return {
    agent_id: c.agent_id,
    agent_name: c.agent_name,
    conversation_id: c.conversation_id,
    status: c.status,
    user_id: c.user_id,
    branch_id: null,
    version_id: null,
    environment: "production",
    transcript: c.transcript.map((t) => ({
      role: t.role,
      agent_metadata: t.role === "agent" ? { agent_id: c.agent_id, workflow_node_id: null } : null,
      message: t.message,
      multivoice_message: null,
      tool_calls: t.tool_calls ?? [],
      tool_results: t.tool_results ?? [],
      feedback: null,
      llm_override: null,
      time_in_call_secs: t.time_in_call_secs,
      conversation_turn_metrics: null,
      rag_retrieval_info: t.rag_retrieval_info ?? null,
      llm_usage: null,
      interrupted: false,
      original_message: null,
      source_medium: t.source_medium ?? "text",
    })),
    metadata: {
      start_time_unix_secs: Math.floor(c.startMs / 1000),
      accepted_time_unix_secs: Math.floor(c.startMs / 1000),
      call_duration_secs: durationSecs(em, c),
      cost: finished ? 0 : null,
      deletion_settings: { deletion_time_unix_secs: null, deleted_logs_at_time_unix_secs: null, deleted_audio_at_time_unix_secs: null, deleted_transcript_at_time_unix_secs: null, delete_transcript_and_pii: false, delete_audio: false },
      feedback: { overall_score: null, likes: 0, dislikes: 0 },
      authorization_method: c.authorization_method,
      charging: { dev_discount: false, is_burst: false, tier: null, llm_price: null, llm_charge: null, call_charge: null, free_minutes_consumed: 0, free_llm_dollars_consumed: 0 },
      phone_call: null,
      batch_call: null,
      termination_reason: c.termination_reason,
      error: c.error,
      main_language: c.main_language,
      rag_usage: null,
      text_only: c.text_only,
      initiator_id: null,
      conversation_initiation_source: "unknown",
      conversation_initiation_source_version: null,
      timezone: null,
      warnings: [],
    },
    analysis: c.analysis,
    conversation_initiation_client_data: initiationData(c),
    has_audio: true,
    has_user_audio: false,
    has_response_audio: true,
    has_auxiliary_audio: false,
    tag_ids: [],
  };
}

function initiationData(c: Conversation): Json {
  const d = c.initiation_client_data ?? {};
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
  const out: Json = {
    conversation_config_override: obj(d.conversation_config_override),
    custom_llm_extra_body: obj(d.custom_llm_extra_body),
    user_id: c.user_id,
    source_info: obj(d.source_info),
    dynamic_variables: obj(d.dynamic_variables),
  };
  return out;
}

function getConv(ctx: Ctx): Conversation {
  const c = ctx.em.conversations.get(ctx.params.conversation_id);
  if (!c) throw notFound(ctx, "conversation", ctx.params.conversation_id);
  return c;
}

function get(ctx: Ctx) {
  sendJson(ctx, 200, conversationBody(ctx.em, getConv(ctx)));
}

function intQuery(ctx: Ctx, name: string): number | undefined {
  const v = ctx.query.get(name);
  if (v === null || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw validationError([{ loc: ["query", name], msg: "value is not a valid integer", type: "type_error.integer" }]);
  return n;
}

function list(ctx: Ctx) {
  const agentId = ctx.query.get("agent_id");
  const success = ctx.query.get("call_successful");
  const after = intQuery(ctx, "call_start_after_unix");
  const before = intQuery(ctx, "call_start_before_unix");
  const userId = ctx.query.get("user_id");
  const textOnly = boolParam(ctx.query.get("text_only"));
  const search = ctx.query.get("search")?.toLowerCase();
  let convs = [...ctx.em.conversations.values()].sort((a, b) => b.startMs - a.startMs || (a.conversation_id < b.conversation_id ? 1 : -1));
  if (agentId) convs = convs.filter((c) => c.agent_id === agentId);
  if (success) convs = convs.filter((c) => ((c.analysis?.call_successful as string | undefined) ?? "unknown") === success);
  if (after !== undefined) convs = convs.filter((c) => c.startMs / 1000 >= after);
  if (before !== undefined) convs = convs.filter((c) => c.startMs / 1000 < before);
  if (userId) convs = convs.filter((c) => c.user_id === userId);
  if (textOnly !== undefined) convs = convs.filter((c) => c.text_only === textOnly);
  if (search) convs = convs.filter((c) => c.transcript.some((t) => (t.message ?? "").toLowerCase().includes(search)));
  const { page, hasMore, nextCursor } = paginate(convs, ctx, 30, 100);
  sendJson(ctx, 200, {
    conversations: page.map((c) => ({
      agent_id: c.agent_id,
      agent_name: c.agent_name,
      conversation_id: c.conversation_id,
      start_time_unix_secs: Math.floor(c.startMs / 1000),
      call_duration_secs: durationSecs(ctx.em, c),
      message_count: c.transcript.length,
      status: c.status,
      call_successful: (c.analysis?.call_successful as string | undefined) ?? "unknown",
      transcript_summary: (c.analysis?.transcript_summary as string | undefined) ?? null,
      call_summary_title: (c.analysis?.call_summary_title as string | undefined) ?? null,
      termination_reason: c.termination_reason,
      main_language: c.main_language,
      direction: null,
      rating: null,
      tag_ids: [],
    })),
    has_more: hasMore,
    next_cursor: nextCursor,
  });
}

function remove(ctx: Ctx) {
  const c = getConv(ctx);
  ctx.em.conversations.delete(c.conversation_id);
  sendJson(ctx, 200, {});
}

function audio(ctx: Ctx) {
  const c = getConv(ctx);
  if (c.status !== "done") {
    throw apiError(404, "not_found", "audio_not_found", `Audio for conversation ${c.conversation_id} is not available yet (status ${c.status}).`, ctx.requestId);
  }
  const bytes = silentMp3(Math.max(1, durationSecs(ctx.em, c)), hash32(c.conversation_id));
  const f = ctx.em.faults.take(ctx.route, "GET", ctx.url.pathname, ["stream_cut"]);
  ctx.res.writeHead(200, { "content-type": "audio/mpeg", "content-length": bytes.length });
  if (f) return destroyAfter(ctx, bytes.subarray(0, Math.min(bytes.length - 1, f.after_bytes ?? Math.floor(bytes.length / 2))));
  ctx.res.end(bytes);
}

export const conversationRoutes: Route[] = [
  route("conversations.list", "GET", "/v1/convai/conversations", list),
  route("conversations.get", "GET", "/v1/convai/conversations/:conversation_id", get),
  route("conversations.delete", "DELETE", "/v1/convai/conversations/:conversation_id", remove),
  route("conversations.audio", "GET", "/v1/convai/conversations/:conversation_id/audio", audio),
];
