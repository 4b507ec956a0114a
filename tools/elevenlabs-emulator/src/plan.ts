// The subscription plan the stand-in imitates (--plan): knowledge-base size, RAG index size and
// concurrency limits. Figures and sources are in the README ("Plans").

export const PLAN_NAMES = ["free", "starter", "creator", "pro", "scale", "business", "enterprise"] as const;
export type PlanName = (typeof PLAN_NAMES)[number];

const MB = 1024 * 1024;

export interface PlanLimits {
  plan: PlanName;
  /** Whole-workspace knowledge base; null = no limit (enterprise: custom). */
  knowledgeMaxBytes: number | null;
  knowledgeMaxCharacters: number | null;
  /** Total original size of the documents with a RAG index, per workspace. */
  ragIndexMaxBytes: number | null;
  /** Concurrent text-to-speech requests: Multilingual v2 / v3 class, and Turbo + Flash class. */
  ttsConcurrency: { multilingual: number | null; turboFlash: number | null };
  /** Concurrent agent conversations in the workspace. */
  conversationConcurrency: number | null;
}

const NON_ENTERPRISE_KNOWLEDGE = { knowledgeMaxBytes: 20 * MB, knowledgeMaxCharacters: 300_000 };

export const PLANS: Record<PlanName, PlanLimits> = {
  free: { plan: "free", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 1 * MB, ttsConcurrency: { multilingual: 2, turboFlash: 4 }, conversationConcurrency: 4 },
  starter: { plan: "starter", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 2 * MB, ttsConcurrency: { multilingual: 3, turboFlash: 6 }, conversationConcurrency: 6 },
  creator: { plan: "creator", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 20 * MB, ttsConcurrency: { multilingual: 5, turboFlash: 10 }, conversationConcurrency: 10 },
  pro: { plan: "pro", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 100 * MB, ttsConcurrency: { multilingual: 10, turboFlash: 20 }, conversationConcurrency: 20 },
  scale: { plan: "scale", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 500 * MB, ttsConcurrency: { multilingual: 15, turboFlash: 30 }, conversationConcurrency: 30 },
  business: { plan: "business", ...NON_ENTERPRISE_KNOWLEDGE, ragIndexMaxBytes: 1024 * MB, ttsConcurrency: { multilingual: 15, turboFlash: 30 }, conversationConcurrency: 30 },
  enterprise: { plan: "enterprise", knowledgeMaxBytes: null, knowledgeMaxCharacters: null, ragIndexMaxBytes: null, ttsConcurrency: { multilingual: null, turboFlash: null }, conversationConcurrency: null },
};

export const DEFAULT_PLAN: PlanName = "creator";

/** Burst pricing: an agent with call_limits.bursting_enabled may take up to 3x the workspace limit, capped at 300. */
export const BURST_MULTIPLIER = 3;
export const BURST_CAP = 300;

export function isPlanName(v: unknown): v is PlanName {
  return typeof v === "string" && (PLAN_NAMES as readonly string[]).includes(v);
}

/** The Turbo/Flash models have the higher concurrency; everything else counts as the Multilingual class. */
export function ttsConcurrencyLimit(limits: PlanLimits, modelId: string): number | null {
  return /^eleven_(turbo|flash)_/.test(modelId) ? limits.ttsConcurrency.turboFlash : limits.ttsConcurrency.multilingual;
}

/** JSON for the control API (snake_case, like the rest of it). */
export function limitsBody(limits: PlanLimits) {
  return {
    plan: limits.plan,
    knowledge_max_bytes: limits.knowledgeMaxBytes,
    knowledge_max_characters: limits.knowledgeMaxCharacters,
    rag_index_max_bytes: limits.ragIndexMaxBytes,
    tts_concurrency: { multilingual: limits.ttsConcurrency.multilingual, turbo_flash: limits.ttsConcurrency.turboFlash },
    conversation_concurrency: limits.conversationConcurrency,
    burst: { multiplier: BURST_MULTIPLIER, cap: BURST_CAP },
  };
}
