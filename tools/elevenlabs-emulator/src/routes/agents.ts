// Agents: /v1/convai/agents/...

import { jsonBody, missing, notFound, paginate, route, sendJson, validationError } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import { ids, knowledgeBaseOf } from "../state.ts";
import type { Agent, Emulator, Json } from "../state.ts";
import { ACCESS_INFO, getOrCreateIndex } from "./knowledge-base.ts";
import { DEFAULT_VOICE_ID } from "./voices.ts";
import { checkAgentConfig, DEFAULT_AGENT_TTS_MODEL } from "../rules/agent-config.ts";

function isObject(v: unknown): v is Json {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** PATCH semantics: objects are merged key by key (recursively), everything else (arrays too) replaces. */
export function deepMerge(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Json, v) : structuredClone(v);
  }
  return out;
}

/** The parts of the default config a real agent always reports back. */
function defaultConversationConfig(): Json {
  return {
    agent: { first_message: "", language: "en", prompt: { prompt: "", knowledge_base: [], tool_ids: [] } },
    tts: { voice_id: DEFAULT_VOICE_ID, model_id: DEFAULT_AGENT_TTS_MODEL, agent_output_audio_format: "pcm_16000" },
    asr: { user_input_audio_format: "pcm_16000" },
    conversation: { text_only: false, max_duration_seconds: 600 },
  };
}

function defaultPlatformSettings(): Json {
  return { auth: { enable_auth: true }, overrides: {}, data_collection: {}, evaluation: { criteria: [] } };
}

function checkObject(body: Json, key: string, required: boolean) {
  const v = body[key];
  if (v === undefined || (v === null && !required)) {
    if (required) throw validationError([missing(key)]);
    return;
  }
  if (!isObject(v)) throw validationError([{ loc: ["body", key], msg: "value is not a valid dict", type: "type_error.dict" }]);
}

function checkTags(body: Json) {
  if (body.tags === undefined || body.tags === null) return;
  if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== "string")) {
    throw validationError([{ loc: ["body", "tags"], msg: "value is not a valid list of strings", type: "type_error.list" }]);
  }
}

export function agentBody(a: Agent): Json {
  const out: Json = {
    agent_id: a.agent_id,
    name: a.name,
    conversation_config: a.conversation_config,
    metadata: { created_at_unix_secs: a.created_at_unix_secs, updated_at_unix_secs: a.updated_at_unix_secs },
    platform_settings: a.platform_settings,
    phone_numbers: [],
    access_info: ACCESS_INFO,
    tags: a.tags,
  };
  if (a.workflow !== undefined) out.workflow = a.workflow;
  return out;
}

export function ragSettings(a: Agent): { enabled: boolean; model: string } {
  const rag = (((a.conversation_config.agent ?? {}) as Json).prompt as Json | undefined)?.rag as Json | undefined;
  return { enabled: rag?.enabled === true, model: typeof rag?.embedding_model === "string" ? rag.embedding_model : "e5_mistral_7b_instruct" };
}

/** Documents added to an agent with RAG enabled are indexed automatically (with the agent's embedding model). */
function indexAttachedDocuments(em: Emulator, a: Agent): void {
  const rag = ragSettings(a);
  if (!rag.enabled) return;
  for (const ref of knowledgeBaseOf(a)) {
    const doc = em.documents.get(ref.id);
    if (doc && ref.usage_mode !== "prompt") getOrCreateIndex(em, doc, rag.model);
  }
}

function getAgent(ctx: Ctx): Agent {
  const a = ctx.em.agents.get(ctx.params.agent_id);
  if (!a) throw notFound(ctx, "agent", ctx.params.agent_id);
  return a;
}

async function create(ctx: Ctx) {
  const body = await jsonBody(ctx);
  checkObject(body, "conversation_config", true);
  checkObject(body, "platform_settings", false);
  checkTags(body);
  if (body.name !== undefined && body.name !== null && typeof body.name !== "string") {
    throw validationError([{ loc: ["body", "name"], msg: "str type expected", type: "type_error.str" }]);
  }
  const now = ctx.em.nowSecs();
  const conversationConfig = deepMerge(defaultConversationConfig(), body.conversation_config as Json);
  const platformSettings = deepMerge(defaultPlatformSettings(), (body.platform_settings as Json) ?? {});
  checkAgentConfig(conversationConfig, platformSettings, ctx.requestId);
  const agent: Agent = {
    agent_id: ids.agent(),
    name: typeof body.name === "string" ? body.name : "",
    conversation_config: conversationConfig,
    platform_settings: platformSettings,
    workflow: body.workflow ?? undefined,
    tags: (body.tags as string[]) ?? [],
    created_at_unix_secs: now,
    updated_at_unix_secs: now,
  };
  ctx.em.agents.set(agent.agent_id, agent);
  indexAttachedDocuments(ctx.em, agent);
  sendJson(ctx, 200, { agent_id: agent.agent_id });
}

function get(ctx: Ctx) {
  sendJson(ctx, 200, agentBody(getAgent(ctx)));
}

async function update(ctx: Ctx) {
  const a = getAgent(ctx);
  const body = await jsonBody(ctx);
  checkObject(body, "conversation_config", false);
  checkObject(body, "platform_settings", false);
  checkTags(body);
  const conversationConfig = isObject(body.conversation_config) ? deepMerge(a.conversation_config, body.conversation_config) : a.conversation_config;
  const platformSettings = isObject(body.platform_settings) ? deepMerge(a.platform_settings, body.platform_settings) : a.platform_settings;
  // Validated as merged, before anything is stored: a refused PATCH leaves the agent unchanged.
  checkAgentConfig(conversationConfig, platformSettings, ctx.requestId);
  a.conversation_config = conversationConfig;
  a.platform_settings = platformSettings;
  if (typeof body.name === "string") a.name = body.name;
  if (Array.isArray(body.tags)) a.tags = body.tags as string[];
  if (body.workflow !== undefined) a.workflow = body.workflow ?? undefined;
  a.updated_at_unix_secs = ctx.em.nowSecs();
  indexAttachedDocuments(ctx.em, a);
  sendJson(ctx, 200, agentBody(a));
}

function remove(ctx: Ctx) {
  const a = getAgent(ctx);
  ctx.em.agents.delete(a.agent_id);
  ctx.res.writeHead(200, { "content-length": 0 });
  ctx.res.end();
}

function list(ctx: Ctx) {
  const search = ctx.query.get("search")?.toLowerCase();
  const dir = ctx.query.get("sort_direction") === "asc" ? 1 : -1;
  let agents = [...ctx.em.agents.values()];
  if (search) agents = agents.filter((a) => a.name.toLowerCase().includes(search));
  const sortBy = ctx.query.get("sort_by");
  agents.sort((a, b) => (sortBy === "name" ? a.name.localeCompare(b.name) : a.created_at_unix_secs - b.created_at_unix_secs) * dir);
  const { page, hasMore, nextCursor } = paginate(agents, ctx, 30, 100);
  const lastCall = (id: string) => {
    const starts = [...ctx.em.conversations.values()].filter((c) => c.agent_id === id).map((c) => Math.floor(c.startMs / 1000));
    return starts.length ? Math.max(...starts) : null;
  };
  sendJson(ctx, 200, {
    agents: page.map((a) => ({
      agent_id: a.agent_id,
      name: a.name,
      voice_id: String(((a.conversation_config.tts ?? {}) as Json).voice_id ?? DEFAULT_VOICE_ID),
      tags: a.tags,
      created_at_unix_secs: a.created_at_unix_secs,
      access_info: ACCESS_INFO,
      last_call_time_unix_secs: lastCall(a.agent_id),
      archived: false,
    })),
    has_more: hasMore,
    next_cursor: nextCursor,
  });
}

export const agentRoutes: Route[] = [
  route("agents.create", "POST", "/v1/convai/agents/create", create),
  route("agents.list", "GET", "/v1/convai/agents", list),
  route("agents.get", "GET", "/v1/convai/agents/:agent_id", get),
  route("agents.update", "PATCH", "/v1/convai/agents/:agent_id", update),
  route("agents.delete", "DELETE", "/v1/convai/agents/:agent_id", remove),
];
