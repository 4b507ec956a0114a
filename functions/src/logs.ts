// Structured logs: ids, counts, durations and error kinds only. Typed parameters keep
// transcripts, scripts, patient names, keys and signed URLs out of the logs.
import { logger } from "firebase-functions/logger";

type Fields = Record<string, string | number | boolean | null | undefined>;

function info(event: string, fields: Fields) {
  logger.info(event, { event, ...fields });
}
function warn(event: string, fields: Fields) {
  logger.warn(event, { event, ...fields });
}

export const logs = {
  requestRejected: (f: { operation: string; kind: string; uid?: string }) => info("request.rejected", f),
  requestFailed: (f: { operation: string; errorName: string }) => warn("request.failed", f),
  elevenLabsRetry: (f: { operation: string; attempt: number; status?: number; delayMs: number }) =>
    warn("elevenlabs.retry", f),
  elevenLabsGaveUp: (f: { operation: string; attempts: number; status?: number }) => warn("elevenlabs.gave_up", f),
  elevenLabsReconciled: (f: { operation: string; found: boolean }) => info("elevenlabs.reconciled", f),
  knowledgeSynced: (f: { knowledgeId: string; chars: number; reused: boolean }) => info("knowledge.synced", f),
  knowledgeReplaced: (f: { knowledgeId: string; agentsUpdated: number }) => info("knowledge.replaced", f),
  narrationQueued: (f: { audioId: string; chunks: number }) => info("narration.queued", f),
  narrationAttemptFailed: (f: { audioId: string; attempt: number; kind: string; retrying: boolean }) => warn("narration.attempt_failed", f),
  audioGenerated: (f: { audioId: string; chunks: number; bytes: number; durationMs: number; attempt: number; collections: number }) => info("audio.generated", f),
  agentSaved: (f: { agentId: string; created: boolean }) => info("agent.saved", f),
  sessionStarted: (f: { sessionId: string; patientId: string; agentId: string }) => info("session.started", f),
  sessionEnded: (f: { sessionId: string; source: string }) => info("session.ended", f),
  sessionRefused: (f: { patientId: string; reason: "no_free_line" | "elevenlabs_busy" }) => warn("session.refused", f),
  webhookNotStored: (f: { conversationId: string; errorName: string }) => warn("webhook.not_stored", f),
  knowledgeIndexed: (f: { knowledgeId: string; outcome: string; agentsUpdated: number }) => info("knowledge.indexed", f),
  knowledgeRefused: (f: { knowledgeId: string; reason: string }) => info("knowledge.refused", f),
  webhookReceived: (f: { conversationId: string; type: string; result: string }) => info("webhook.received", f),
  webhookRejected: (f: { reason: string }) => warn("webhook.rejected", f),
  /** Category and severity are from a closed list; the patient's words are never logged. */
  flagReceived: (f: { conversationId: string; category: string; severity: string; result: string }) => info("flag_tool.received", f),
  flagRejected: (f: { reason: string }) => warn("flag_tool.rejected", f),
  conversationWaiting: (f: { sessionId: string; attempt: number; status: string }) => info("conversation.waiting", f),
  transcriptSummarized: (f: { sessionId: string; answered: number; unanswered: number; flagged: number; durationMs: number }) =>
    info("transcript.summarized", f),
  summaryFailed: (f: { sessionId: string; reason: string }) => warn("summary.failed", f),
  orphansSwept: (f: { documents: number; agents: number }) => info("elevenlabs.orphans_swept", f),
  statsDelayed: (f: { sessionId: string; attempts: number; reason: string }) => warn("stats.delayed", f),
  reconcilerRun: (f: { checked: number; ended: number; retried: number; reclaimed: number; statsApplied: number; erasuresResumed: number }) =>
    info("reconciler.run", f),
  /** Sessions the reconciler could not finish this run: ids and reasons only. */
  reconcilerUnfinished: (f: { count: number; sessions: string; reasons: string }) => warn("reconciler.unfinished", f),
  erasureStopped: (f: { patientId: string; step: string; errorName: string }) => warn("erasure.stopped", f),
  patientErased: (f: { patientId: string; documents: number; objects: number; conversations: number }) =>
    info("patient.erased", f),
  retentionRun: (f: { sessions: number; documents: number; conversations: number; swept: number; complete: boolean }) => info("retention.run", f),
};
