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
  webhookReceived: (f: { conversationId: string; type: string; duplicate: boolean }) => info("webhook.received", f),
  webhookRejected: (f: { reason: string }) => warn("webhook.rejected", f),
  conversationWaiting: (f: { sessionId: string; attempt: number; status: string }) => info("conversation.waiting", f),
  transcriptSummarized: (f: { sessionId: string; answered: number; unanswered: number; flagged: number; durationMs: number }) =>
    info("transcript.summarized", f),
  summaryFailed: (f: { sessionId: string; reason: string }) => warn("summary.failed", f),
  orphansSwept: (f: { documents: number; agents: number }) => info("elevenlabs.orphans_swept", f),
  reconcilerRun: (f: { checked: number; ended: number; retried: number }) => info("reconciler.run", f),
  patientErased: (f: { patientId: string; documents: number; objects: number; conversations: number }) =>
    info("patient.erased", f),
  retentionRun: (f: { deletedSummaries: number; deletedConversations: number }) => info("retention.run", f),
};
