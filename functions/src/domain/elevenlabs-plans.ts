// What an ElevenLabs subscription allows, as far as narration depends on it. Text-to-speech
// concurrency is per workspace (every function instance together), by plan, for the Multilingual
// v2 class of models (ElevenLabs docs, "concurrency" per plan, 2025-08; shared/elevenlabs/API-NOTES.md §8).
// Turbo and Flash get twice as much; using the Multilingual figure keeps every model inside it.

export const ELEVENLABS_PLANS = {
  free: { ttsConcurrency: 2 },
  starter: { ttsConcurrency: 3 },
  creator: { ttsConcurrency: 5 },
  pro: { ttsConcurrency: 10 },
  scale: { ttsConcurrency: 15 },
  business: { ttsConcurrency: 15 },
} as const;

export type ElevenLabsPlan = keyof typeof ELEVENLABS_PLANS;
export const ELEVENLABS_PLAN_NAMES = Object.keys(ELEVENLABS_PLANS) as ElevenLabsPlan[];
export const DEFAULT_ELEVENLABS_PLAN: ElevenLabsPlan = "creator";

/**
 * Past about five requests at once a single narration is limited by writing its audio to Storage,
 * not by ElevenLabs (bench: 57 MiB take ~1.7 s to store, 24 requests take ~1 s at 5 at a time), so
 * larger plans run more narrations side by side instead of making one faster.
 */
export const MAX_REQUESTS_PER_NARRATION = 5;

export interface NarrationCapacity {
  /** Narration jobs the queue dispatches at once, across every instance (maxConcurrentDispatches). */
  jobsAtOnce: number;
  /** Text-to-speech requests one job keeps in flight. */
  requestsPerJob: number;
}

/** Splits the plan's concurrency so that jobsAtOnce x requestsPerJob never exceeds it. */
export function narrationCapacity(plan: ElevenLabsPlan): NarrationCapacity {
  const limit = ELEVENLABS_PLANS[plan].ttsConcurrency;
  const requestsPerJob = Math.min(limit, MAX_REQUESTS_PER_NARRATION);
  return { jobsAtOnce: Math.max(1, Math.floor(limit / requestsPerJob)), requestsPerJob };
}

export function isElevenLabsPlan(value: unknown): value is ElevenLabsPlan {
  return typeof value === "string" && Object.hasOwn(ELEVENLABS_PLANS, value);
}
