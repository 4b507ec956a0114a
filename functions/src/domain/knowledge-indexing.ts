// What an ElevenLabs RAG index status means for a knowledge document. An agent only retrieves a
// document once its index has succeeded, so until then the document is not attached to agents.
// Statuses (SDK 2.73.0, lowercase on the wire): new, created, processing, succeeded, failed,
// rag_limit_exceeded, document_too_small, cannot_index_folder.

export type IndexOutcome =
  | { state: "ready" }
  | { state: "indexing" }
  | { state: "failed"; code: string; message: string };

const WAITING = new Set(["new", "created", "processing"]);

export function indexOutcome(rawStatus: string): IndexOutcome {
  const status = rawStatus.toLowerCase();
  // Documents under 500 bytes are not indexed: ElevenLabs puts them in the prompt, which works as well.
  if (status === "succeeded" || status === "document_too_small") return { state: "ready" };
  if (WAITING.has(status)) return { state: "indexing" };
  if (status === "rag_limit_exceeded") {
    return {
      state: "failed",
      code: "rag_limit_exceeded",
      message:
        "The clinic's ElevenLabs plan has no room left to index this document for the agents (rag_limit_exceeded). " +
        "Delete documents that are no longer used, or upgrade the ElevenLabs plan, then upload it again.",
    };
  }
  if (status === "failed") {
    return { state: "failed", code: "index_failed", message: "ElevenLabs could not index this document (failed). Upload it again; if it fails again, contact support." };
  }
  return { state: "failed", code: `index_${status || "unknown"}`, message: `ElevenLabs cannot index this document (${status || "unknown status"}).` };
}

/**
 * Waits between status checks while an index is built: quick at first (small documents finish in
 * seconds), then every 30 s as ElevenLabs' own examples poll; the sum stays inside one trigger
 * run (about 4 minutes), after which the scheduled follow-up takes over.
 */
export const INDEX_FOLLOW_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000];
