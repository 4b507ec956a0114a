// Text to speech: /v1/text-to-speech/{voice_id}[/stream][/with-timestamps]

import { apiError, jsonBody, missing, route, validationError } from "../http.ts";
import type { Ctx, Route, ValidationItem } from "../http.ts";
import type { Json } from "../state.ts";
import { alignmentOf, contentTypeOf, DEFAULT_OUTPUT_FORMAT, hash32, parseOutputFormat, render, timeline } from "../audio/speech.ts";
import type { RenderedAudio, Timeline } from "../audio/speech.ts";
import { findVoice } from "./voices.ts";
import { ttsConcurrencyLimit } from "../plan.ts";

export const DEFAULT_TTS_MODEL = "eleven_multilingual_v2";

/** Per-request character limits (API-NOTES §4). Unknown model ids get the multilingual_v2 limit. */
export const CHARACTER_LIMITS: Record<string, number> = {
  eleven_flash_v2_5: 40000,
  eleven_turbo_v2_5: 40000,
  eleven_flash_v2: 30000,
  eleven_turbo_v2: 30000,
  eleven_multilingual_v2: 10000,
  eleven_multilingual_v1: 10000,
  eleven_monolingual_v1: 10000,
  eleven_english_sts_v2: 10000,
  eleven_v3: 5000,
};

export function characterLimit(model: string): number {
  return CHARACTER_LIMITS[model] ?? 10000;
}

/** Models on which request stitching is unavailable. */
export const NO_STITCHING_MODELS = ["eleven_v3"];
const STITCHING_FIELDS = ["previous_text", "next_text", "previous_request_ids", "next_request_ids"];

/** "Request stitching is not available for the eleven_v3 model": a request that uses it is refused. */
function checkStitching(ctx: Ctx, modelId: string, body: Json): void {
  if (!NO_STITCHING_MODELS.includes(modelId)) return;
  const used = STITCHING_FIELDS.find((f) => body[f] !== undefined && body[f] !== null && !(Array.isArray(body[f]) && (body[f] as unknown[]).length === 0));
  if (!used) return;
  throw apiError(400, "validation_error", "unsupported_model", `Providing ${used} is not supported with the '${modelId}' model: request stitching is not available for it.`, ctx.requestId, used);
}

interface TtsRequest {
  text: string;
  modelId: string;
  voiceId: string;
  formatName: string;
  tl: Timeline;
  audio: RenderedAudio;
  contentType: string;
  headers: Record<string, string>;
}

function stringList(body: Json, key: string, errors: ValidationItem[]): string[] {
  const v = body[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    errors.push({ loc: ["body", key], msg: "value is not a valid list", type: "type_error.list" });
    return [];
  }
  if (v.length > 3) errors.push({ loc: ["body", key], msg: "ensure this value has at most 3 items", type: "value_error.list.max_items" });
  return v as string[];
}

function optText(body: Json, key: string, errors: ValidationItem[]): string | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") errors.push({ loc: ["body", key], msg: "str type expected", type: "type_error.str" });
  return typeof v === "string" ? v : null;
}

async function prepare(ctx: Ctx, endpoint: string): Promise<TtsRequest> {
  const voiceId = ctx.params.voice_id;
  const formatName = ctx.query.get("output_format") ?? DEFAULT_OUTPUT_FORMAT;
  const format = parseOutputFormat(formatName);
  if (!format) {
    if (/^opus_48000_(32|64|96|128|192)$/.test(formatName)) {
      throw apiError(400, "invalid_request", "unsupported_output_format", `The local ElevenLabs stand-in cannot produce ${formatName}; use mp3_*, pcm_*, wav_*, ulaw_8000 or alaw_8000.`, ctx.requestId, "output_format");
    }
    throw validationError([{ loc: ["query", "output_format"], msg: `value is not a valid enumeration member: '${formatName}'`, type: "type_error.enum" }]);
  }
  const body = await jsonBody(ctx);
  const errors: ValidationItem[] = [];
  if (body.text === undefined || body.text === null) errors.push(missing("text"));
  else if (typeof body.text !== "string") errors.push({ loc: ["body", "text"], msg: "str type expected", type: "type_error.str" });
  if (body.model_id !== undefined && body.model_id !== null && typeof body.model_id !== "string") errors.push({ loc: ["body", "model_id"], msg: "str type expected", type: "type_error.str" });
  const previousIds = stringList(body, "previous_request_ids", errors);
  const nextIds = stringList(body, "next_request_ids", errors);
  const previousText = optText(body, "previous_text", errors);
  const nextText = optText(body, "next_text", errors);
  const vs = body.voice_settings;
  if (vs !== undefined && vs !== null && (typeof vs !== "object" || Array.isArray(vs))) errors.push({ loc: ["body", "voice_settings"], msg: "value is not a valid dict", type: "type_error.dict" });
  if (body.seed !== undefined && body.seed !== null && (!Number.isInteger(body.seed) || (body.seed as number) < 0 || (body.seed as number) > 4294967295)) {
    errors.push({ loc: ["body", "seed"], msg: "ensure this value is an integer between 0 and 4294967295", type: "value_error" });
  }
  if (errors.length) throw validationError(errors);
  const text = body.text as string;
  if (text.trim().length === 0) {
    throw apiError(400, "validation_error", "invalid_parameters", "Text must not be empty.", ctx.requestId, "text");
  }
  const voice = findVoice(voiceId);
  if (!voice) throw apiError(404, "not_found", "voice_not_found", `A voice with voice_id ${voiceId} was not found.`, ctx.requestId, "voice_id");
  const modelId = (body.model_id as string | undefined) ?? DEFAULT_TTS_MODEL;
  checkStitching(ctx, modelId, body);
  const chars = Array.from(text).length;
  const limit = characterLimit(modelId);
  if (chars > limit) {
    throw apiError(
      400,
      "validation_error",
      "max_character_limit_exceeded",
      `You are sending ${chars} characters in a single request, but the maximum is ${limit} characters for model ${modelId}. Please split your text into smaller requests.`,
      ctx.requestId,
      "text",
    );
  }
  const speed = Number(((vs ?? {}) as Json).speed ?? 1);
  const tl = timeline(text, speed);
  const seed = hash32(`${voiceId}|${modelId}|${body.seed ?? ""}|${text}`);
  const audio = render(format, tl, seed);
  ctx.em.tts.push({
    request_id: ctx.requestId,
    voice_id: voiceId,
    model_id: modelId,
    output_format: formatName,
    characters: chars,
    endpoint,
    previous_request_ids: previousIds,
    next_request_ids: nextIds,
    previous_text: previousText,
    next_text: nextText,
    at_ms: ctx.em.now(),
  });
  const maxConcurrent = ttsConcurrencyLimit(ctx.em.limits(), modelId);
  const headers: Record<string, string> = {
    "character-cost": String(chars),
    "current-concurrent-requests": String(Math.max(1, ctx.em.ttsInFlight)),
  };
  if (maxConcurrent !== null) headers["maximum-concurrent-requests"] = String(maxConcurrent);
  // Generation time: the request keeps its concurrency slot meanwhile.
  if (ctx.em.opts.ttsGenerationMs > 0) await sleep(ctx.em.opts.ttsGenerationMs);
  if (ctx.query.get("enable_logging") !== "false") headers["history-item-id"] = ctx.requestId.slice(0, 20);
  return { text, modelId, voiceId, formatName, tl, audio, contentType: contentTypeOf(format), headers };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends `bytes`, honouring a `stream_cut` fault (some bytes, then the socket is destroyed). */
function cutFault(ctx: Ctx, total: number): number | undefined {
  const f = ctx.em.faults.take(ctx.route, ctx.req.method ?? "", ctx.url.pathname, ["stream_cut"]);
  if (!f) return undefined;
  return Math.max(0, Math.min(total - 1, f.after_bytes ?? Math.floor(total / 2)));
}

export function destroyAfter(ctx: Ctx, bytes: Buffer) {
  ctx.dropped = true;
  ctx.res.write(bytes, () => setTimeout(() => ctx.res.socket?.destroy(), 20));
}

async function convert(ctx: Ctx) {
  const t = await prepare(ctx, "convert");
  const cut = cutFault(ctx, t.audio.bytes.length);
  ctx.res.writeHead(200, { "content-type": t.contentType, "content-length": t.audio.bytes.length, ...t.headers });
  if (cut !== undefined) return destroyAfter(ctx, t.audio.bytes.subarray(0, cut));
  ctx.res.end(t.audio.bytes);
}

/** Chunks of about 250 ms of audio, at playable boundaries. */
function chunkRanges(audio: RenderedAudio): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let startIdx = 0;
  for (let i = 1; i < audio.boundaries.length; i++) {
    const last = i === audio.boundaries.length - 1;
    if (last || audio.boundaryTimes[i] - audio.boundaryTimes[startIdx] >= 0.25) {
      out.push([audio.boundaries[startIdx], audio.boundaries[i], audio.boundaryTimes[startIdx], audio.boundaryTimes[i]]);
      startIdx = i;
    }
  }
  return out;
}

async function stream(ctx: Ctx) {
  const t = await prepare(ctx, "stream");
  const cut = cutFault(ctx, t.audio.bytes.length);
  ctx.res.writeHead(200, { "content-type": t.contentType, "transfer-encoding": "chunked", ...t.headers });
  for (const [a, b] of chunkRanges(t.audio)) {
    if (cut !== undefined && b > cut) {
      return destroyAfter(ctx, t.audio.bytes.subarray(a, Math.max(a, cut)));
    }
    ctx.res.write(t.audio.bytes.subarray(a, b));
    await sleep(ctx.em.opts.streamChunkIntervalMs);
    if (ctx.res.destroyed) return;
  }
  ctx.res.end();
}

async function withTimestamps(ctx: Ctx) {
  const t = await prepare(ctx, "with-timestamps");
  const alignment = alignmentOf(t.tl);
  const body = Buffer.from(JSON.stringify({ audio_base64: t.audio.bytes.toString("base64"), alignment, normalized_alignment: alignment }));
  const cut = cutFault(ctx, body.length);
  ctx.res.writeHead(200, { "content-type": "application/json", "content-length": body.length, ...t.headers });
  if (cut === undefined) ctx.res.end(body);
  else destroyAfter(ctx, body.subarray(0, cut));
}

async function streamWithTimestamps(ctx: Ctx) {
  const t = await prepare(ctx, "stream-with-timestamps");
  const cut = cutFault(ctx, t.audio.bytes.length);
  ctx.res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked", ...t.headers });
  const ranges = chunkRanges(t.audio);
  let ci = 0;
  let sent = 0;
  for (let r = 0; r < ranges.length; r++) {
    const [a, b, , tEnd] = ranges[r];
    const last = r === ranges.length - 1;
    const from = ci;
    while (ci < t.tl.characters.length && (last || t.tl.startMs[ci] / 1000 < tEnd)) ci++;
    const al = from < ci ? alignmentOf(t.tl, from, ci) : null;
    const line = Buffer.from(`${JSON.stringify({ audio_base64: t.audio.bytes.subarray(a, b).toString("base64"), alignment: al, normalized_alignment: al })}\n`);
    if (cut !== undefined && sent + line.length > cut) return destroyAfter(ctx, line.subarray(0, Math.max(0, cut - sent)));
    ctx.res.write(line);
    sent += line.length;
    await sleep(ctx.em.opts.streamChunkIntervalMs);
    if (ctx.res.destroyed) return;
  }
  ctx.res.end();
}

export const ttsRoutes: Route[] = [
  route("tts.convert", "POST", "/v1/text-to-speech/:voice_id", convert),
  route("tts.stream", "POST", "/v1/text-to-speech/:voice_id/stream", stream),
  route("tts.with_timestamps", "POST", "/v1/text-to-speech/:voice_id/with-timestamps", withTimestamps),
  route("tts.stream_with_timestamps", "POST", "/v1/text-to-speech/:voice_id/stream/with-timestamps", streamWithTimestamps),
];

