// Voices: a fixed catalogue of premade voices. /v1/voices, /v2/voices, /v1/voices/{voice_id}

import { intParam, notFound, route, sendBytes, sendJson } from "../http.ts";
import type { Ctx, Route } from "../http.ts";
import type { Json } from "../state.ts";
import { hash32, silentMp3 } from "../audio/speech.ts";

export const DEFAULT_VOICE_ID = "21m00Tcm4TlvDq8ikWAM";

interface CatalogueVoice {
  voice_id: string;
  name: string;
  gender: string;
  accent: string;
  age: string;
  descriptive: string;
  use_case: string;
  description: string;
  locale: string;
}

export const VOICES: CatalogueVoice[] = [
  { voice_id: "21m00Tcm4TlvDq8ikWAM", name: "Rachel", gender: "female", accent: "american", age: "young", descriptive: "calm", use_case: "narration", description: "Matter-of-fact, personable woman. Great for narration.", locale: "en-US" },
  { voice_id: "EXAVITQu4vr4xnSDxMaL", name: "Sarah", gender: "female", accent: "american", age: "young", descriptive: "professional", use_case: "entertainment_tv", description: "Young adult woman with a confident and warm, mature quality.", locale: "en-US" },
  { voice_id: "pNInz6obpgDQGcFmaJgB", name: "Adam", gender: "male", accent: "american", age: "middle_aged", descriptive: "deep", use_case: "narration", description: "A middle-aged man with a deep, steady voice.", locale: "en-US" },
  { voice_id: "TX3LPaxmHKxFdv7VOQHJ", name: "Liam", gender: "male", accent: "american", age: "young", descriptive: "confident", use_case: "social_media", description: "A young adult with energy and warmth.", locale: "en-US" },
  { voice_id: "onwK4e9ZLuTAKqWW03F9", name: "Daniel", gender: "male", accent: "british", age: "middle_aged", descriptive: "formal", use_case: "informative_educational", description: "A strong voice perfect for delivering a professional broadcast.", locale: "en-GB" },
  { voice_id: "pFZP5JQG7iQjIQuC4Bku", name: "Lily", gender: "female", accent: "british", age: "middle_aged", descriptive: "warm", use_case: "informative_educational", description: "Velvety British female voice that delivers news with warmth and clarity.", locale: "en-GB" },
  { voice_id: "XrExE9yKIg1WjnnlVkGX", name: "Matilda", gender: "female", accent: "american", age: "middle_aged", descriptive: "upbeat", use_case: "informative_educational", description: "A professional woman with a pleasing alto pitch. Suitable for many use cases.", locale: "en-US" },
  { voice_id: "nPczCjzI2devNBz1zQrb", name: "Brian", gender: "male", accent: "american", age: "middle_aged", descriptive: "classy", use_case: "social_media", description: "Middle-aged man with a resonant and comforting tone.", locale: "en-US" },
];

export const DEFAULT_VOICE_SETTINGS = { stability: 0.5, use_speaker_boost: true, similarity_boost: 0.75, style: 0, speed: 1 };

function previewUrl(ctx: Ctx, id: string): string {
  return `http://${ctx.req.headers.host ?? `${ctx.em.opts.host}:${ctx.em.opts.port}`}/_emulator/voices/${id}/preview.mp3`;
}

export function voiceBody(ctx: Ctx, v: CatalogueVoice): Json {
  const preview = previewUrl(ctx, v.voice_id);
  return {
    voice_id: v.voice_id,
    name: v.name,
    samples: null,
    category: "premade",
    fine_tuning: null,
    labels: { accent: v.accent, descriptive: v.descriptive, age: v.age, gender: v.gender, language: "en", use_case: v.use_case },
    description: v.description,
    preview_url: preview,
    available_for_tiers: [],
    settings: DEFAULT_VOICE_SETTINGS,
    sharing: null,
    high_quality_base_model_ids: ["eleven_v2_flash", "eleven_flash_v2", "eleven_turbo_v2_5", "eleven_multilingual_v2", "eleven_v2_5_flash", "eleven_flash_v2_5", "eleven_turbo_v2"],
    verified_languages: [{ language: "en", model_id: "eleven_multilingual_v2", accent: v.accent, locale: v.locale, preview_url: preview }],
    safety_control: null,
    voice_verification: { requires_verification: false, is_verified: false, verification_failures: [], verification_attempts_count: 0, language: null, verification_attempts: null },
    permission_on_resource: null,
    is_owner: false,
    is_legacy: false,
    is_mixed: false,
    created_at_unix: null,
  };
}

export function findVoice(id: string): CatalogueVoice | undefined {
  return VOICES.find((v) => v.voice_id === id);
}

function listV1(ctx: Ctx) {
  sendJson(ctx, 200, { voices: VOICES.map((v) => voiceBody(ctx, v)) });
}

function listV2(ctx: Ctx) {
  const size = intParam(ctx, "page_size", 10, 1, 100);
  const search = ctx.query.get("search")?.toLowerCase();
  const category = ctx.query.get("category") ?? ctx.query.get("voice_type");
  let voices = VOICES;
  if (search) voices = voices.filter((v) => `${v.name} ${v.description} ${v.accent} ${v.descriptive} ${v.use_case}`.toLowerCase().includes(search));
  if (category && !["premade", "default"].includes(category)) voices = [];
  const start = Number(ctx.query.get("next_page_token") ?? 0) || 0;
  const page = voices.slice(start, start + size);
  const hasMore = start + size < voices.length;
  sendJson(ctx, 200, { voices: page.map((v) => voiceBody(ctx, v)), has_more: hasMore, total_count: voices.length, next_page_token: hasMore ? String(start + size) : null });
}

function getVoice(ctx: Ctx) {
  const v = findVoice(ctx.params.voice_id);
  if (!v) throw notFound(ctx, "voice", ctx.params.voice_id);
  sendJson(ctx, 200, voiceBody(ctx, v));
}

function voiceSettings(ctx: Ctx) {
  if (ctx.params.voice_id && !findVoice(ctx.params.voice_id)) throw notFound(ctx, "voice", ctx.params.voice_id);
  sendJson(ctx, 200, DEFAULT_VOICE_SETTINGS);
}

function preview(ctx: Ctx) {
  const v = findVoice(ctx.params.voice_id);
  if (!v) throw notFound(ctx, "voice", ctx.params.voice_id);
  sendBytes(ctx, 200, silentMp3(2, hash32(v.voice_id)), "audio/mpeg");
}

export const voiceRoutes: Route[] = [
  route("voices.list", "GET", "/v1/voices", listV1),
  route("voices.search", "GET", "/v2/voices", listV2),
  route("voices.default_settings", "GET", "/v1/voices/settings/default", voiceSettings),
  route("voices.settings", "GET", "/v1/voices/:voice_id/settings", voiceSettings),
  route("voices.get", "GET", "/v1/voices/:voice_id", getVoice),
  route("voices.preview", "GET", "/_emulator/voices/:voice_id/preview.mp3", preview, true),
];
