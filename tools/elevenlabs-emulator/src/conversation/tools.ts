// Webhook (server) tools in a conversation. The agent's tools are in
// conversation_config.agent.prompt.tools ({type:"webhook", name, description, api_schema:{url, method,
// path_params_schema, query_params_schema, request_body_schema, request_headers}, response_timeout_secs}).
// The stand-in's fake LLM calls one when a test scripted it, or calls `flag_for_doctor` when the user's
// words carry a red-flag cue. The request is made the way ElevenLabs makes it: {{variables}} and
// dynamic-variable-bound properties filled from the conversation, the other properties from the "LLM".

import { randomBytes } from "node:crypto";
import type { Emulator, Json, ToolCallRecord } from "../state.ts";
import type { RedFlag } from "./fake-llm.ts";
import { substitute } from "./variables.ts";

export const RED_FLAG_TOOL = "flag_for_doctor";

export interface ToolCallOutcome {
  call: Json;
  result: Json;
  record: ToolCallRecord;
}

/** The webhook tools defined on an agent's prompt. */
export function webhookTools(cc: Json): Json[] {
  const tools = ((((cc.agent ?? {}) as Json).prompt ?? {}) as Json).tools;
  return Array.isArray(tools) ? (tools.filter((t) => t && typeof t === "object" && (t as Json).type === "webhook") as Json[]) : [];
}

/** Words an enum value for this concept would contain: a self-harm cue is distress, a medication cue a medication problem, the rest symptoms. */
function conceptFamily(category: string | undefined): string[] {
  if (!category) return [];
  if (category === "self_harm") return ["distress", "mental", "emotional", "self"];
  if (category === "medication") return ["medication", "drug"];
  return ["symptom", "red_flag"];
}

/** What the fake LLM puts in a property it has to fill: the red flag's fields by name, else something plausible. */
function llmValue(name: string, schema: Json, flag: RedFlag | undefined): unknown {
  const type = String(schema.type ?? "string");
  const options = Array.isArray(schema.enum) ? (schema.enum as unknown[]).map(String) : undefined;
  const pick = (wanted: string[]) => {
    for (const w of wanted.filter(Boolean)) {
      const hit = options?.find((o) => o.toLowerCase().includes(w));
      if (hit) return hit;
    }
    return options?.[0];
  };
  const n = name.toLowerCase();
  if (type === "boolean") return /present|now|current|ongoing/.test(n) ? (flag?.present_now ?? true) : true;
  if (type === "integer" || type === "number") return 1;
  if (type === "object") return objectValue(schema, flag, {});
  if (type === "array") return [];
  // Like a language model, it reads the enum's meaning: its own concept first, else the concept's family.
  if (/categor|kind|type/.test(n)) return options ? pick([flag?.category ?? "", ...conceptFamily(flag?.category), "other"]) : (flag?.category ?? "other");
  if (/sever|urgen|level|priority/.test(n)) return options ? pick(["emergency", "urgent", "high"]) : "urgent";
  if (options) return options[0];
  return flag?.quote ?? "";
}

function valueFor(name: string, schema: Json, vars: Json, flag: RedFlag | undefined, scripted: Json): unknown {
  if (schema.is_omitted === true) return undefined;
  if (typeof schema.dynamic_variable === "string" && schema.dynamic_variable) return vars[schema.dynamic_variable];
  if (schema.constant_value !== undefined && schema.constant_value !== "") return schema.constant_value;
  if (scripted[name] !== undefined) return scripted[name];
  return llmValue(name, schema, flag);
}

function objectValue(schema: Json, flag: RedFlag | undefined, vars: Json, scripted: Json = {}): Json {
  const out: Json = {};
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Json)) {
    const v = valueFor(name, (raw ?? {}) as Json, vars, flag, scripted);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** Header values: a string with {{variables}}, or {variable_name} for one dynamic variable. Secret values are masked in the transcript. */
function headers(api: Json, vars: Json): { sent: Record<string, string>; shown: Record<string, string> } {
  const sent: Record<string, string> = {};
  const shown: Record<string, string> = {};
  for (const [name, v] of Object.entries((api.request_headers ?? {}) as Json)) {
    let value: string | undefined;
    let secret = false;
    if (typeof v === "string") {
      value = substitute(v, vars);
      secret = /\{\{\s*secret__/.test(v);
    } else if (v && typeof v === "object" && typeof (v as Json).variable_name === "string") {
      const varName = (v as Json).variable_name as string;
      value = vars[varName] === undefined ? undefined : String(vars[varName]);
      secret = varName.startsWith("secret__");
    }
    // Workspace secrets (secret_id) are not modelled: such a header is not sent.
    if (value === undefined) continue;
    sent[name] = value;
    shown[name] = secret ? "[redacted]" : value;
  }
  return { sent, shown };
}

/**
 * Calls the tool over HTTP and returns the transcript entries ElevenLabs records for it:
 * a tool_calls item (with webhook details) and a tool_results item.
 */
export async function callWebhookTool(em: Emulator, tool: Json, ctx: { conversationId: string; agentId: string; vars: Json; flag?: RedFlag; scripted?: Json; trigger: "red_flag" | "scripted" }): Promise<ToolCallOutcome> {
  const api = (tool.api_schema ?? {}) as Json;
  const method = String(api.method ?? "GET");
  const scripted = ctx.scripted ?? {};
  const pathParams: Record<string, string> = {};
  for (const [name, raw] of Object.entries((api.path_params_schema ?? {}) as Json)) {
    const v = valueFor(name, (raw ?? {}) as Json, ctx.vars, ctx.flag, scripted);
    if (v !== undefined) pathParams[name] = String(v);
  }
  const queryParams: Record<string, string> = {};
  const querySchema = (api.query_params_schema ?? null) as Json | null;
  if (querySchema) for (const [k, v] of Object.entries(objectValue(querySchema, ctx.flag, ctx.vars, scripted))) queryParams[k] = String(v);
  let url = substitute(String(api.url ?? ""), ctx.vars).replace(/\{([A-Za-z0-9_]+)\}/g, (m, name: string) => (pathParams[name] !== undefined ? encodeURIComponent(pathParams[name]) : m));
  const q = new URLSearchParams(queryParams).toString();
  if (q) url += (url.includes("?") ? "&" : "?") + q;
  const bodySchema = (api.request_body_schema ?? null) as Json | null;
  const params = bodySchema ? objectValue(bodySchema, ctx.flag, ctx.vars, scripted) : {};
  const body = ["POST", "PUT", "PATCH"].includes(method) && bodySchema ? JSON.stringify(params) : null;
  const { sent, shown } = headers(api, ctx.vars);
  const requestId = `toolu_${randomBytes(12).toString("hex")}`;
  const timeoutSecs = Number.isInteger(tool.response_timeout_secs) ? (tool.response_timeout_secs as number) : 20;
  const t0 = performance.now();
  let status: number | null = null;
  let resultValue = "";
  let error: string | null = null;
  try {
    const res = await fetch(url, {
      method,
      headers: { ...(body ? { "content-type": "application/json" } : {}), "user-agent": "ElevenLabs-Tools/1.0 (local stand-in)", ...sent },
      body: body ?? undefined,
      signal: AbortSignal.timeout(timeoutSecs * 1000),
    });
    status = res.status;
    resultValue = await res.text();
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    error = err.name === "TimeoutError" ? `Tool call timed out after ${timeoutSecs} s` : (err.cause?.code ?? err.message);
    resultValue = error;
  }
  const latency = Math.round(performance.now() - t0) / 1000;
  const name = String(tool.name);
  const record: ToolCallRecord = {
    request_id: requestId,
    conversation_id: ctx.conversationId,
    agent_id: ctx.agentId,
    tool_name: name,
    trigger: ctx.trigger,
    method,
    url,
    body,
    status,
    is_error: error !== null,
    error,
    at_ms: em.now(),
  };
  em.toolCalls.push(record);
  return {
    record,
    call: {
      type: "webhook",
      request_id: requestId,
      tool_name: name,
      params_as_json: JSON.stringify({ ...pathParams, ...queryParams, ...params }),
      tool_has_been_called: true,
      tool_details: { type: "webhook", method, url, headers: shown, path_params: pathParams, query_params: queryParams, body },
    },
    result: {
      type: "webhook",
      request_id: requestId,
      tool_name: name,
      result_value: resultValue,
      is_error: error !== null,
      tool_has_been_called: true,
      tool_latency_secs: latency,
      dynamic_variable_updates: [],
    },
  };
}
