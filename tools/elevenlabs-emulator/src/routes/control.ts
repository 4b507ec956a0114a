// The control API for tests and developers, under /_emulator (no API key needed).

import { HttpError, jsonBody, route, sendJson } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import type { Emulator, Json } from "../state.ts";
import { FAULT_KINDS } from "../faults.ts";
import { durationSecs } from "./conversations.ts";
import { ragIndexBody } from "./knowledge-base.ts";
import { agentBody } from "./agents.ts";
import { isPlanName, limitsBody, PLAN_NAMES } from "../plan.ts";
import { webhookStateBody } from "../webhooks.ts";
import { newWebhookSettings } from "../state.ts";

function bad(message: string): HttpError {
  return new HttpError(400, { error: message });
}

export function stateSnapshot(em: Emulator): Json {
  return {
    now_ms: em.now(),
    clock_offset_ms: em.clockOffsetMs,
    plan: em.plan,
    documents: [...em.documents.values()].map((d) => ({
      id: d.id,
      name: d.name,
      type: d.type,
      size_bytes: d.sizeBytes,
      filename: d.filename ?? null,
      dependent_agent_ids: em.dependentAgents(d.id).map((a) => a.agent_id),
      rag_indexes: d.ragIndexes.map((i) => ragIndexBody(em, i)),
    })),
    agents: [...em.agents.values()].map(agentBody),
    conversations: [...em.conversations.values()].map((c) => ({
      conversation_id: c.conversation_id,
      agent_id: c.agent_id,
      status: c.status,
      stuck: c.stuck,
      start_time_unix_secs: Math.floor(c.startMs / 1000),
      call_duration_secs: durationSecs(em, c),
      message_count: c.transcript.length,
      termination_reason: c.termination_reason,
      transcript: c.transcript,
      analysis: c.analysis,
    })),
    tts: {
      requests: em.tts.length,
      characters: em.tts.reduce((a, t) => a + t.characters, 0),
      log: em.tts,
    },
    webhook: webhookStateBody(em),
    tool_calls: em.toolCalls,
    webhook_deliveries: em.webhookDeliveries.map(({ body: _b, ...d }) => d),
    signed_urls: [...em.signedUrls.values()].map((s) => ({
      agent_id: s.agent_id,
      conversation_id: s.conversation_id,
      include_conversation_id: s.include_conversation_id,
      issued_at_ms: s.issued_at_ms,
      expires_at_ms: s.expires_at_ms,
      uses: s.uses,
      used: s.uses > 0,
    })),
    faults: em.faults.list,
    requests: em.requests,
  };
}

function getState(ctx: Ctx) {
  sendJson(ctx, 200, stateSnapshot(ctx.em));
}

function reset(ctx: Ctx) {
  ctx.em.reset();
  sendJson(ctx, 200, { ok: true });
}

async function addFaults(ctx: Ctx) {
  const body = await jsonBody(ctx).catch(() => {
    throw bad("body must be a JSON object");
  });
  const specs = Array.isArray(body.faults) ? (body.faults as Json[]) : [body];
  const added = [];
  for (const spec of specs) {
    const r = ctx.em.faults.add(spec ?? {});
    if (typeof r === "string") throw bad(r);
    added.push(r);
  }
  sendJson(ctx, 200, Array.isArray(body.faults) ? { faults: added } : added[0]);
}

function listFaults(ctx: Ctx) {
  sendJson(ctx, 200, { faults: ctx.em.faults.list, kinds: FAULT_KINDS });
}

function clearFaults(ctx: Ctx) {
  ctx.em.faults.clear();
  sendJson(ctx, 200, { ok: true });
}

function removeFault(ctx: Ctx) {
  if (!ctx.em.faults.remove(ctx.params.fault_id)) throw new HttpError(404, { error: `no fault ${ctx.params.fault_id}` });
  sendJson(ctx, 200, { ok: true });
}

async function clock(ctx: Ctx) {
  const body = await jsonBody(ctx);
  const ms = typeof body.advance_ms === "number" ? body.advance_ms : typeof body.advance_seconds === "number" ? body.advance_seconds * 1000 : NaN;
  if (!Number.isFinite(ms) || ms < 0) throw bad("advance_ms or advance_seconds (a number >= 0) is required");
  ctx.em.advanceClock(ms);
  sendJson(ctx, 200, { now_ms: ctx.em.now(), clock_offset_ms: ctx.em.clockOffsetMs });
}

/**
 * Sets the analysis of matching conversations (when they become done, or at once if already done).
 * A full analysis needs call_successful and transcript_summary; with "merge": true any fields are laid
 * over the analysis the stand-in computes (e.g. only data_collection_results).
 */
async function analysis(ctx: Ctx) {
  const body = await jsonBody(ctx);
  const a = body.analysis as Json | undefined;
  const merge = body.merge === true;
  if (!a || typeof a !== "object" || (!merge && (typeof a.call_successful !== "string" || typeof a.transcript_summary !== "string"))) {
    throw bad("analysis must be an object with call_successful ('success'|'failure'|'unknown') and transcript_summary (string), or any fields with \"merge\": true");
  }
  const preset = { agent_id: body.agent_id as string | undefined, conversation_id: body.conversation_id as string | undefined, analysis: a, merge };
  const existing = preset.conversation_id ? ctx.em.conversations.get(preset.conversation_id) : undefined;
  if (existing && existing.status === "done") existing.analysis = merge ? { ...(existing.analysis ?? {}), ...a } : a;
  else ctx.em.analysisPresets.push(preset);
  sendJson(ctx, 200, { ok: true, applied_now: !!existing && existing.status === "done" });
}

/** Scripts a webhook tool call for the next user turn of a conversation (or of any conversation of an agent). */
async function addToolCall(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (typeof body.tool_name !== "string" || !body.tool_name) throw bad("tool_name (the agent's webhook tool) is required");
  if (body.parameters !== undefined && (typeof body.parameters !== "object" || body.parameters === null || Array.isArray(body.parameters))) throw bad("parameters must be an object");
  const call = {
    id: `scripted_${ctx.em.scriptedToolCalls.length + ctx.em.toolCalls.length + 1}`,
    conversation_id: typeof body.conversation_id === "string" ? body.conversation_id : undefined,
    agent_id: typeof body.agent_id === "string" ? body.agent_id : undefined,
    tool_name: body.tool_name,
    parameters: (body.parameters as Json | undefined) ?? {},
  };
  ctx.em.scriptedToolCalls.push(call);
  sendJson(ctx, 200, call);
}

function listToolCalls(ctx: Ctx) {
  sendJson(ctx, 200, { scripted: ctx.em.scriptedToolCalls, calls: ctx.em.toolCalls });
}

function clearToolCalls(ctx: Ctx) {
  ctx.em.scriptedToolCalls = [];
  sendJson(ctx, 200, { ok: true });
}

async function setStatus(ctx: Ctx) {
  const c = ctx.em.conversations.get(ctx.params.conversation_id);
  if (!c) throw new HttpError(404, { error: `no conversation ${ctx.params.conversation_id}` });
  const body = await jsonBody(ctx);
  if (body.status === "failed") ctx.em.failConversation(c, typeof body.reason === "string" ? body.reason : "Marked failed through the control API.");
  else if (body.status === "done") {
    c.endMs ??= ctx.em.now();
    ctx.em.completeConversation(c);
  } else if (body.status === "processing") {
    c.endMs ??= ctx.em.now();
    c.status = "processing";
    c.stuck = true;
  } else throw bad("status must be 'done', 'failed' or 'processing'");
  sendJson(ctx, 200, { conversation_id: c.conversation_id, status: c.status });
}

/** The plan in force, its limits, and what the workspace uses of them right now. */
export function planBody(em: Emulator): Json {
  const knowledge = em.knowledgeUsage();
  return {
    ...limitsBody(em.limits()),
    plans: PLAN_NAMES,
    usage: {
      knowledge_bytes: knowledge.bytes,
      knowledge_characters: knowledge.characters,
      knowledge_documents: knowledge.documents,
      rag_indexed_bytes: em.ragIndexedBytes(),
      tts_in_flight: em.ttsInFlight,
      open_conversations: em.openConversationCount(),
    },
  };
}

function getPlan(ctx: Ctx) {
  sendJson(ctx, 200, planBody(ctx.em));
}

async function setPlan(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (!isPlanName(body.plan)) throw bad(`plan must be one of ${PLAN_NAMES.join(", ")}`);
  ctx.em.plan = body.plan;
  sendJson(ctx, 200, planBody(ctx.em));
}

function getWebhook(ctx: Ctx) {
  sendJson(ctx, 200, webhookStateBody(ctx.em));
}

/** {"enabled": true} re-enables (and clears the failure count); {"enabled": false} disables; {"retry_enabled": bool}; {"url": "..."} retargets. */
async function setWebhook(ctx: Ctx) {
  const body = await jsonBody(ctx);
  if (body.url !== undefined) {
    if (body.url !== null && typeof body.url !== "string") throw bad("url must be a string or null");
    ctx.em.opts.webhookUrl = (body.url as string | null) || undefined;
    ctx.em.webhook = newWebhookSettings(ctx.em);
  }
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== "boolean") throw bad("enabled must be a boolean");
    ctx.em.webhook.is_disabled = !body.enabled;
    if (body.enabled) {
      ctx.em.webhook.is_auto_disabled = false;
      ctx.em.webhook.consecutive_failures = 0;
    }
  }
  if (body.retry_enabled !== undefined) {
    if (typeof body.retry_enabled !== "boolean") throw bad("retry_enabled must be a boolean");
    ctx.em.webhook.retry_enabled = body.retry_enabled;
  }
  sendJson(ctx, 200, webhookStateBody(ctx.em));
}

function health(ctx: Ctx) {
  sendJson(ctx, 200, { ok: true, llm: false, plan: ctx.em.plan, note: "Local ElevenLabs stand-in: no LLM (fixed rules answer, call tools and analyse), no real speech." });
}

export const controlRoutes: Route[] = [
  route("control.health", "GET", "/_emulator/health", health, true),
  route("control.state", "GET", "/_emulator/state", getState, true),
  route("control.reset", "POST", "/_emulator/reset", reset, true),
  route("control.faults_add", "POST", "/_emulator/faults", addFaults, true),
  route("control.faults_list", "GET", "/_emulator/faults", listFaults, true),
  route("control.faults_clear", "DELETE", "/_emulator/faults", clearFaults, true),
  route("control.fault_remove", "DELETE", "/_emulator/faults/:fault_id", removeFault, true),
  route("control.clock", "POST", "/_emulator/clock", clock, true),
  route("control.plan_get", "GET", "/_emulator/plan", getPlan, true),
  route("control.webhook_get", "GET", "/_emulator/webhook", getWebhook, true),
  route("control.webhook_set", "POST", "/_emulator/webhook", setWebhook, true),
  route("control.plan_set", "POST", "/_emulator/plan", setPlan, true),
  route("control.analysis", "POST", "/_emulator/analysis", analysis, true),
  route("control.tool_calls_add", "POST", "/_emulator/tool-calls", addToolCall, true),
  route("control.tool_calls_list", "GET", "/_emulator/tool-calls", listToolCalls, true),
  route("control.tool_calls_clear", "DELETE", "/_emulator/tool-calls", clearToolCalls, true),
  route("control.conversation_status", "POST", "/_emulator/conversations/:conversation_id/status", setStatus, true),
];
