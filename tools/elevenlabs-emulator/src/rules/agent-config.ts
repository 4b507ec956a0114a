// What ElevenLabs refuses in an agent's configuration on create and update. Each rule is checked
// against the merged configuration (after the PATCH deep merge), as the real service validates the
// stored agent, not only the request body. Sources are listed in the README ("Rules and sources").

import { apiError, validationError } from "../http.ts";
import type { HttpError } from "../http.ts";
import type { Json } from "../state.ts";
import { findVoice } from "../routes/voices.ts";

/** The agent TTS models SDK 2.73.0 accepts (enum TtsConversationalModel). `eleven_v3` is a standalone-TTS id only. */
export const AGENT_TTS_MODELS = [
  "eleven_turbo_v2",
  "eleven_turbo_v2_5",
  "eleven_flash_v2",
  "eleven_flash_v2_5",
  "eleven_multilingual_v2",
  "eleven_v3_conversational",
  "eleven_v4",
  "eleven_v4_turbo",
] as const;

/** English-only models: refused for any other agent language. */
export const ENGLISH_ONLY_TTS_MODELS = ["eleven_turbo_v2", "eleven_flash_v2"];
/** The v2.5 models: refused for English agents. */
export const V2_5_TTS_MODELS = ["eleven_turbo_v2_5", "eleven_flash_v2_5"];
/** What an agent gets when it names no model (the stand-in's default config). */
export const DEFAULT_AGENT_TTS_MODEL = "eleven_flash_v2";

export const ENGLISH_AGENT_MESSAGE = "Invalid conversation config: Value error, English Agents must use turbo or flash v2.";
export const NON_ENGLISH_AGENT_MESSAGE = "Invalid conversation config: Value error, Non-english Agents must use turbo or flash v2_5.";

/** Agent languages in ElevenLabs' published agent schema (elevenlabs/packages agent.asyncapi.yaml, Language). */
export const AGENT_LANGUAGES = new Set(
  (
    "en ja zh de hi fr ko pt pt-br it es id nl tr pl sv bg ro ar cs el fi ms da ta uk ru hu hr sk no vi tl af hy as az be bn bs ca et gl " +
    "ka gu ha he is ga jv kn kk ky lv lt lb mk ml mr ne ps fa pa sr sd sl so sw te th ur cy"
  ).split(" "),
);

function at(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as Json)[k];
  }
  return cur;
}

export function agentLanguage(cc: Json): string {
  const l = at(cc, ["agent", "language"]);
  return typeof l === "string" && l ? l : "en";
}

export function agentTtsModel(cc: Json): string {
  const m = at(cc, ["tts", "model_id"]);
  return typeof m === "string" && m ? m : DEFAULT_AGENT_TTS_MODEL;
}

/**
 * The language/model pairing rule: English agents may not use a v2.5 model, other languages may not
 * use an English-only one. Returns the refusal message, or null when the pair is allowed.
 */
export function languageModelConflict(language: string, model: string): string | null {
  const english = language === "en" || language.startsWith("en-");
  if (english && V2_5_TTS_MODELS.includes(model)) return ENGLISH_AGENT_MESSAGE;
  if (!english && ENGLISH_ONLY_TTS_MODELS.includes(model)) return NON_ENGLISH_AGENT_MESSAGE;
  return null;
}

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** FastAPI-style 422 for the shape errors the real request models reject. */
function shapeErrors(cc: Json, ps: Json): HttpError | null {
  const items: { loc: (string | number)[]; msg: string; type: string }[] = [];
  const model = at(cc, ["tts", "model_id"]);
  if (model !== undefined && model !== null && !(AGENT_TTS_MODELS as readonly string[]).includes(String(model))) {
    items.push({
      loc: ["body", "conversation_config", "tts", "model_id"],
      msg: `value is not a valid enumeration member; permitted: ${AGENT_TTS_MODELS.map((m) => `'${m}'`).join(", ")}`,
      type: "type_error.enum",
    });
  }
  const language = at(cc, ["agent", "language"]);
  if (language !== undefined && language !== null && !AGENT_LANGUAGES.has(String(language))) {
    items.push({ loc: ["body", "conversation_config", "agent", "language"], msg: `unsupported language '${String(language)}'`, type: "value_error" });
  }
  const maxDuration = at(cc, ["conversation", "max_duration_seconds"]);
  if (maxDuration !== undefined && maxDuration !== null && (!Number.isInteger(maxDuration) || (maxDuration as number) < 1)) {
    items.push({ loc: ["body", "conversation_config", "conversation", "max_duration_seconds"], msg: "value is not a valid positive integer", type: "type_error.integer" });
  }
  const tools = at(cc, ["agent", "prompt", "tools"]);
  if (tools !== undefined && tools !== null) {
    if (!Array.isArray(tools)) items.push({ loc: ["body", "conversation_config", "agent", "prompt", "tools"], msg: "value is not a valid list", type: "type_error.list" });
    else {
      tools.forEach((tool: unknown, i: number) => {
        const loc = ["body", "conversation_config", "agent", "prompt", "tools", i];
        const t = (tool ?? {}) as Json;
        if (typeof t.name !== "string" || !TOOL_NAME.test(t.name)) items.push({ loc: [...loc, "name"], msg: "string does not match regex \"^[a-zA-Z0-9_-]{1,64}$\"", type: "value_error.str.regex" });
        if (typeof t.description !== "string") items.push({ loc: [...loc, "description"], msg: "field required", type: "value_error.missing" });
        if (t.type === "webhook") {
          const api = t.api_schema as Json | undefined;
          if (!api || typeof api !== "object") items.push({ loc: [...loc, "api_schema"], msg: "field required", type: "value_error.missing" });
          else {
            if (typeof api.url !== "string" || !/^https?:\/\//.test(api.url)) items.push({ loc: [...loc, "api_schema", "url"], msg: "invalid or missing URL", type: "value_error.url" });
            if (api.method !== undefined && !["GET", "POST", "PUT", "PATCH", "DELETE"].includes(String(api.method))) {
              items.push({ loc: [...loc, "api_schema", "method"], msg: "value is not a valid enumeration member; permitted: 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'", type: "type_error.enum" });
            }
          }
          const timeout = t.response_timeout_secs;
          if (timeout !== undefined && (!Number.isInteger(timeout) || (timeout as number) < 5 || (timeout as number) > 120)) {
            items.push({ loc: [...loc, "response_timeout_secs"], msg: "ensure this value is between 5 and 120", type: "value_error.number.not_in_range" });
          }
        }
      });
    }
  }
  const dc = ps.data_collection;
  if (dc && typeof dc === "object" && !Array.isArray(dc)) {
    for (const [id, raw] of Object.entries(dc as Json)) {
      const item = (raw ?? {}) as Json;
      if (!["boolean", "string", "integer", "number"].includes(String(item.type))) {
        items.push({
          loc: ["body", "platform_settings", "data_collection", id, "type"],
          msg: "value is not a valid enumeration member; permitted: 'boolean', 'string', 'integer', 'number'",
          type: "type_error.enum",
        });
      }
    }
  } else if (dc !== undefined && dc !== null) {
    items.push({ loc: ["body", "platform_settings", "data_collection"], msg: "value is not a valid dict", type: "type_error.dict" });
  }
  return items.length ? validationError(items) : null;
}

/** Throws the error ElevenLabs answers for an agent configuration it refuses; returns when it is accepted. */
export function checkAgentConfig(cc: Json, ps: Json, requestId: string): void {
  const shape = shapeErrors(cc, ps);
  if (shape) throw shape;
  const conflict = languageModelConflict(agentLanguage(cc), agentTtsModel(cc));
  if (conflict) throw apiError(400, "validation_error", "invalid_parameters", conflict, requestId, "conversation_config.tts.model_id");
  const voiceId = at(cc, ["tts", "voice_id"]);
  if (typeof voiceId === "string" && !findVoice(voiceId)) {
    throw apiError(400, "validation_error", "voice_not_found", `A voice with voice_id ${voiceId} was not found.`, requestId, "conversation_config.tts.voice_id");
  }
}
