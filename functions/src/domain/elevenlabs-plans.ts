// What each ElevenLabs subscription plan allows the whole workspace (every doctor's documents,
// agents and conversations share one workspace). Figures: ElevenLabs docs, 2025-08 (knowledge
// base size and RAG storage: "Knowledge base" and "RAG" pages; concurrency: "Models",
// "Concurrency and priority"), the same table the local stand-in enforces with --plan.

export const ELEVENLABS_PLANS = ["free", "starter", "creator", "pro", "scale", "business", "enterprise"] as const;
export type ElevenLabsPlan = (typeof ELEVENLABS_PLANS)[number];
export const DEFAULT_ELEVENLABS_PLAN: ElevenLabsPlan = "creator";

export interface PlanLimits {
  plan: ElevenLabsPlan;
  /** The whole knowledge base, whichever comes first; null = no published limit (enterprise: custom). */
  knowledgeCharacters: number | null;
  knowledgeBytes: number | null;
  /** Original size of every RAG-indexed document together; beyond it an index ends `rag_limit_exceeded`. */
  ragIndexBytes: number | null;
  /** Agent conversations open at once in the workspace. */
  conversationConcurrency: number | null;
  /** Text-to-speech requests in flight: Multilingual v2 / v3 class, and the Flash / Turbo class. */
  ttsConcurrency: { multilingual: number | null; flash: number | null };
}

const MB = 1024 * 1024;
const SHARED_KNOWLEDGE_CAP = { knowledgeCharacters: 300_000, knowledgeBytes: 20 * MB };

export const PLAN_LIMITS: Record<ElevenLabsPlan, PlanLimits> = {
  free: { plan: "free", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 1 * MB, conversationConcurrency: 4, ttsConcurrency: { multilingual: 2, flash: 4 } },
  starter: { plan: "starter", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 2 * MB, conversationConcurrency: 6, ttsConcurrency: { multilingual: 3, flash: 6 } },
  creator: { plan: "creator", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 20 * MB, conversationConcurrency: 10, ttsConcurrency: { multilingual: 5, flash: 10 } },
  pro: { plan: "pro", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 100 * MB, conversationConcurrency: 20, ttsConcurrency: { multilingual: 10, flash: 20 } },
  scale: { plan: "scale", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 500 * MB, conversationConcurrency: 30, ttsConcurrency: { multilingual: 15, flash: 30 } },
  business: { plan: "business", ...SHARED_KNOWLEDGE_CAP, ragIndexBytes: 1024 * MB, conversationConcurrency: 30, ttsConcurrency: { multilingual: 15, flash: 30 } },
  enterprise: {
    plan: "enterprise",
    knowledgeCharacters: null,
    knowledgeBytes: null,
    ragIndexBytes: null,
    conversationConcurrency: null,
    ttsConcurrency: { multilingual: null, flash: null },
  },
};

export function isElevenLabsPlan(value: unknown): value is ElevenLabsPlan {
  return typeof value === "string" && (ELEVENLABS_PLANS as readonly string[]).includes(value);
}

/** The limits of a plan by name; an empty name means the default plan, an unknown one is a configuration error. */
export function planLimits(name: string): PlanLimits {
  const plan = name.trim().toLowerCase() || DEFAULT_ELEVENLABS_PLAN;
  if (!isElevenLabsPlan(plan)) {
    throw new Error(`ELEVENLABS_PLAN must be one of ${ELEVENLABS_PLANS.join(", ")} (got "${name}")`);
  }
  return PLAN_LIMITS[plan];
}

// ---------------------------------------------------------------- knowledge budget

export interface KnowledgeUsage {
  characters: number;
  bytes: number;
}

/** ElevenLabs counts characters as code points and size as UTF-8 bytes. */
export function knowledgeSize(text: string): KnowledgeUsage {
  return { characters: Array.from(text).length, bytes: Buffer.byteLength(text, "utf8") };
}

export type BudgetCheck =
  | { fits: true; remaining: { characters: number | null; bytes: number | null } }
  | { fits: false; limit: "characters" | "bytes"; remaining: { characters: number | null; bytes: number | null }; message: string };

const formatted = (n: number) => n.toLocaleString("en-US");

/**
 * Whether a document of `size` fits next to what the workspace already holds (`used`), before
 * ElevenLabs is asked. `freed` is what the same request gives back (a replaced version).
 */
export function checkKnowledgeBudget(limits: PlanLimits, used: KnowledgeUsage, size: KnowledgeUsage, freed: KnowledgeUsage = { characters: 0, bytes: 0 }): BudgetCheck {
  const left = (max: number | null, inUse: number, back: number) => (max === null ? null : Math.max(0, max - inUse + back));
  const remaining = { characters: left(limits.knowledgeCharacters, used.characters, freed.characters), bytes: left(limits.knowledgeBytes, used.bytes, freed.bytes) };
  for (const unit of ["characters", "bytes"] as const) {
    const left = remaining[unit];
    if (left === null || size[unit] <= left) continue;
    const max = unit === "characters" ? limits.knowledgeCharacters! : limits.knowledgeBytes!;
    return {
      fits: false,
      limit: unit,
      remaining,
      message:
        `is ${formatted(size[unit])} ${unit}, but the clinic's ElevenLabs knowledge base has ${formatted(left)} of its ` +
        `${formatted(max)} ${unit} left (the ${limits.plan} plan, shared by every doctor); shorten it, delete unused documents, or upgrade the plan`,
    };
  }
  return { fits: true, remaining };
}

// ---------------------------------------------------------------- narration capacity

/**
 * Past about five requests at once a single narration is limited by writing its audio to Storage,
 * not by ElevenLabs (bench: 57 MiB take ~1.7 s to store, 24 requests take ~1 s at 5 at a time), so
 * larger plans run more narrations side by side instead of making one faster.
 */
export const MAX_REQUESTS_PER_NARRATION = 5;
/** Enterprise concurrency is negotiated ("elevated"); narration assumes at least the business plan's. */
const ENTERPRISE_ASSUMED_TTS_CONCURRENCY = 15;

export interface NarrationCapacity {
  /** Narration jobs the queue dispatches at once, across every instance (maxConcurrentDispatches). */
  jobsAtOnce: number;
  /** Text-to-speech requests one job keeps in flight. */
  requestsPerJob: number;
}

/**
 * Splits the plan's text-to-speech concurrency (the Multilingual v2 / v3 figure, which also keeps
 * Flash and Turbo inside theirs) so that jobsAtOnce x requestsPerJob never exceeds it.
 */
export function narrationCapacity(plan: ElevenLabsPlan): NarrationCapacity {
  const limit = PLAN_LIMITS[plan].ttsConcurrency.multilingual ?? ENTERPRISE_ASSUMED_TTS_CONCURRENCY;
  const requestsPerJob = Math.min(limit, MAX_REQUESTS_PER_NARRATION);
  return { jobsAtOnce: Math.max(1, Math.floor(limit / requestsPerJob)), requestsPerJob };
}
