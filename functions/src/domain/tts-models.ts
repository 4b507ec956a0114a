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
