// Params and secrets. `.value()` is only called at run time, inside handlers and services.
import { defineBoolean, defineInt, defineSecret, defineString, type Expression } from "firebase-functions/params";
import { DEFAULT_ELEVENLABS_PLAN, ELEVENLABS_PLANS, narrationCapacity, planLimits, type NarrationCapacity, type PlanLimits } from "./domain/elevenlabs-plans";

export const elevenLabsApiKey = defineSecret("ELEVENLABS_API_KEY");
export const elevenLabsWebhookSecret = defineSecret("ELEVENLABS_WEBHOOK_SECRET");
/** Pepper of the invite-code HMAC: a leaked database alone cannot be used to test guessed codes. */
export const inviteCodePepper = defineSecret("INVITE_CODE_PEPPER");
/** Key of the audit log's patient pseudonyms: entries name patients only by HMAC(key, id). */
export const auditPseudonymKey = defineSecret("AUDIT_PSEUDONYM_KEY");
/** Signs the short-lived audio links the API hands out. */
export const mediaLinkKey = defineSecret("MEDIA_LINK_KEY");
/** Derives each agent's flag_for_doctor token (HMAC per agent): rotating it revokes every agent's tool until agents are re-saved. */
export const flagToolKey = defineSecret("FLAG_TOOL_KEY");

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
  description: "Reject callable and REST requests without a valid App Check token. Off for local runs.",
});

export const corsAllowedOrigins = defineString("CORS_ALLOWED_ORIGINS", {
  default: "",
  description: "Comma-separated origins allowed to call the REST API from a browser.",
});

export const sessionStartsPerHour = defineInt("SESSION_STARTS_PER_HOUR", {
  default: 30,
  description: "How many voice sessions one patient may start per rolling hour.",
});

export const maxConcurrentSessions = defineInt("MAX_CONCURRENT_SESSIONS", {
  default: 2,
  description: "How many voice sessions one patient may have open at once (a session is open until it ends, at most 30 minutes).",
});

export const retentionDays = defineInt("RETENTION_DAYS", {
  default: 365,
  description:
    "Project maximum: transcripts, summaries and alerts older than this many days are deleted here and at ElevenLabs. An agent's own retention is clamped to it.",
});

export const inviteAttemptsPerHourPerAccount = defineInt("INVITE_ATTEMPTS_PER_HOUR_PER_ACCOUNT", {
  default: 10,
  description: "Invite redemptions one signed-in account may try per rolling hour.",
});

export const inviteAttemptsPerHourPerIp = defineInt("INVITE_ATTEMPTS_PER_HOUR_PER_IP", {
  default: 60,
  description: "Invite redemptions one client IP address may try per rolling hour (a clinic's shared address included).",
});

export const dailyTtsCharactersPerDoctor = defineInt("DAILY_TTS_CHARACTERS_PER_DOCTOR", {
  default: 200_000,
  description: "Text-to-speech characters one doctor may narrate per UTC day.",
});

export const dailyKnowledgeBytesPerDoctor = defineInt("DAILY_KNOWLEDGE_BYTES_PER_DOCTOR", {
  default: 5_000_000,
  description: "Knowledge text (UTF-8 bytes) one doctor may upload or replace per UTC day.",
});

export const publicApiBaseUrl = defineString("PUBLIC_API_BASE_URL", {
  default: "/api",
  description: "Base of the REST API as the web app reaches it (the Hosting rewrite); audio links are built on it.",
});

export const flagToolUrl = defineString("FLAG_TOOL_URL", {
  default: "",
  description:
    "The URL ElevenLabs calls for the in-call flag_for_doctor tool. Empty: the deployed flagForDoctor function of this project and region.",
});

/** The flag tool's URL: the param, or the deployed function's address derived from the project and region. */
export function resolvedFlagToolUrl(region = "us-central1"): string {
  const configured = flagToolUrl.value().trim();
  if (configured) return configured;
  const project = process.env.GCLOUD_PROJECT ?? (JSON.parse(process.env.FIREBASE_CONFIG ?? "{}") as { projectId?: string }).projectId;
  if (!project) throw new Error("FLAG_TOOL_URL is unset and the project id is unknown");
  return `https://${region}-${project}.cloudfunctions.net/flagForDoctor`;
}

export const audioLinkTtlSeconds = defineInt("AUDIO_LINK_TTL_SECONDS", {
  default: 900,
  description: "How long a signed audio link stays valid.",
});

/** The plan's limits; params read outside a deployed function (scripts, tests) may be unset: the default applies. */
export function resolvedPlanLimits(): PlanLimits {
  return planLimits(elevenLabsPlan.value());
}

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
