// Params and secrets. `.value()` is only called at run time, inside handlers and services.
import { defineBoolean, defineInt, defineSecret, defineString, type Expression } from "firebase-functions/params";
import { DEFAULT_ELEVENLABS_PLAN, ELEVENLABS_PLANS, narrationCapacity, planLimits, type NarrationCapacity } from "./domain/elevenlabs-plans";

export const elevenLabsApiKey = defineSecret("ELEVENLABS_API_KEY");
export const elevenLabsWebhookSecret = defineSecret("ELEVENLABS_WEBHOOK_SECRET");

/** Production, a data-residency host, or the local stand-in. Residency hosts are separate accounts. */
export const ELEVENLABS_HOSTS = {
  production: "https://api.elevenlabs.io",
  us: "https://api.us.elevenlabs.io",
  eu: "https://api.eu.residency.elevenlabs.io",
  india: "https://api.in.residency.elevenlabs.io",
  singapore: "https://api.sg.residency.elevenlabs.io",
} as const;

export const elevenLabsBaseUrl = defineString("ELEVENLABS_BASE_URL", {
  default: ELEVENLABS_HOSTS.production,
  description:
    "ElevenLabs API host: https://api.elevenlabs.io, a residency host (api.us., api.eu.residency., api.in.residency., api.sg.residency.), or a local stand-in on loopback.",
});

export const elevenLabsTimeoutSeconds = defineInt("ELEVENLABS_TIMEOUT_SECONDS", {
  default: 30,
  description: "Per-attempt timeout for ElevenLabs calls; three attempts must fit in the function timeout.",
});

export const elevenLabsTtsModel = defineString("ELEVENLABS_TTS_MODEL", {
  default: "eleven_multilingual_v2",
  description: "Text-to-speech model for narrations.",
});

export const elevenLabsPlan = defineString("ELEVENLABS_PLAN", {
  default: "creator",
  description:
    "The clinic's ElevenLabs subscription plan (free, starter, creator, pro, scale, business, enterprise): knowledge-base size and conversation concurrency are checked against its limits.",
});

/** The plan's narration capacity (text-to-speech concurrency split into jobs x requests); a bad plan name fails loudly. */
export function planNarrationCapacity(): NarrationCapacity {
  return narrationCapacity(planLimits(elevenLabsPlan.value()).plan);
}

/**
 * The narration queue's maxConcurrentDispatches, resolved from ELEVENLABS_PLAN at deploy time (and
 * by the emulator): a param expression, because the queue is configured before any code runs.
 */
export const narrationJobsAtOnce: Expression<number> | number = ELEVENLABS_PLANS.reduceRight<Expression<number> | number>(
  (otherwise, plan) => elevenLabsPlan.equals(plan).thenElse(narrationCapacity(plan).jobsAtOnce, otherwise),
  narrationCapacity(DEFAULT_ELEVENLABS_PLAN).jobsAtOnce,
);

export const narrationRetryMinBackoffSeconds = defineInt("NARRATION_RETRY_MIN_BACKOFF_SECONDS", {
  default: 30,
  description: "First wait before a narration job that ElevenLabs refused for now (busy, rate limited) is tried again; doubles per attempt.",
});

export const appCheckEnforced = defineBoolean("APP_CHECK_ENFORCED", {
  default: true,
  description: "Reject callable requests without a valid App Check token. Off for local runs.",
});

export const corsAllowedOrigins = defineString("CORS_ALLOWED_ORIGINS", {
  default: "",
  description: "Comma-separated origins allowed to call the REST API from a browser.",
});

export const sessionStartsPerHour = defineInt("SESSION_STARTS_PER_HOUR", {
  default: 30,
  description: "How many voice sessions one patient may start per rolling hour.",
});

export const retentionDays = defineInt("RETENTION_DAYS", {
  default: 365,
  description: "Transcripts and summaries older than this many days are deleted here and at ElevenLabs.",
});

/** Validates the host param once, at first use. */
export function resolvedElevenLabsBaseUrl(): string {
  const value = elevenLabsBaseUrl.value().replace(/\/+$/, "");
  const known = Object.values(ELEVENLABS_HOSTS) as string[];
  const loopback = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/.*)?$/.test(value);
  if (!known.includes(value) && !loopback) {
    throw new Error("ELEVENLABS_BASE_URL must be an ElevenLabs host or a loopback stand-in address");
  }
  return value;
}
