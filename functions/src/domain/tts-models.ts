/** ElevenLabs' per-request character limits (docs, 2025-08); unknown models get the strictest. */
const CHARACTER_LIMITS: Record<string, number> = {
  eleven_flash_v2_5: 40_000,
  eleven_turbo_v2_5: 40_000,
  eleven_flash_v2: 30_000,
  eleven_turbo_v2: 30_000,
  eleven_multilingual_v2: 10_000,
  eleven_v3: 3_000,
};

/**
 * Requests are kept well under the model limit: shorter requests finish sooner in parallel and
 * bound how much audio one request holds in memory.
 */
export const PREFERRED_CHUNK_CHARS = 2_500;

export function chunkSizeFor(modelId: string): number {
  const limit = Object.hasOwn(CHARACTER_LIMITS, modelId) ? CHARACTER_LIMITS[modelId]! : 3_000;
  return Math.min(limit, PREFERRED_CHUNK_CHARS);
}

/**
 * The text-to-speech model of a conversational agent, by the agent's language. ElevenLabs refuses
 * an English agent on a v2.5 model ("English Agents must use turbo or flash v2") and another
 * language on an English-only model; Flash is the low-latency family in both cases.
 */
export const AGENT_TTS_MODELS = { english: "eleven_flash_v2", multilingual: "eleven_flash_v2_5" } as const;
export type AgentTtsModel = (typeof AGENT_TTS_MODELS)[keyof typeof AGENT_TTS_MODELS];

/** `en`, `en-GB`, ... are English; every other language code needs the multilingual model. */
export function agentTtsModelFor(language: string): AgentTtsModel {
  const english = language === "en" || language.toLowerCase().startsWith("en-");
  return english ? AGENT_TTS_MODELS.english : AGENT_TTS_MODELS.multilingual;
}

/**
 * Models on which ElevenLabs offers no request stitching: previous_text, next_text,
 * previous_request_ids and next_request_ids are refused there ("Request stitching is not available
 * for the eleven_v3 model", elevenlabs.io/docs/cookbooks/text-to-speech/request-stitching).
 */
const WITHOUT_STITCHING = new Set(["eleven_v3"]);

export function supportsRequestStitching(modelId: string): boolean {
  return !WITHOUT_STITCHING.has(modelId);
}
