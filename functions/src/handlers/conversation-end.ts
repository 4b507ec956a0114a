// What happens when a conversation ends: fetch it, summarize it, and write the summary, the
// doctor's alert, the patient's counts and the dashboard statistics, exactly once.
import { onDocumentUpdated } from "firebase-functions/v2/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { elevenLabsApiKey } from "../config";
import { outcomeDelta } from "../domain/stats";
import { logs } from "../logs";
import { col, COLLECTIONS, increment, now, STATS_SHARDS, statsShard, timestampFromMillis, type Timestamp, type DocumentData } from "../services/data";
import { db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { AppError, parseInput } from "../errors";
import { sweepElevenLabsOrphans } from "./orphan-sweeper";
import { contracts } from "./lazy-contracts";
import { markSessionEnded, markSessionNotConnected } from "./sessions";
import { onlyFor } from "./auth";
import { callable } from "./callable";

/** A worker holds a session this long; a crashed worker's claim expires and another may take it. */
const LEASE_MS = 2 * 60_000;
/** While ElevenLabs still says `processing`: poll briefly in the trigger, then hand over to the reconciler. */
const IN_TRIGGER_POLLS_MS = [1_000, 2_000, 3_000];
/** Later attempts by the reconciler, after each of which we wait this long; then the summary fails. */
export const RETRY_SCHEDULE_MS = [60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 20 * 60_000, 30 * 60_000];
/** Sessions with no end signal after this long are checked with ElevenLabs. */
export const STALE_SESSION_MS = 20 * 60_000;
/** ElevenLabs' maximum conversation duration is far below this: an active session this old is over. */
const ABANDONED_SESSION_MS = 3 * 3600_000;

type SummaryItem = { turn_index: number; time_in_call_secs: number; patient_text?: string; [key: string]: unknown };
interface Summary {
  answered_questions: SummaryItem[];
  unanswered_questions: SummaryItem[];
  requires_attention: (SummaryItem & { category: string; severity: string })[];
  for_review: SummaryItem[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function shardFor(sessionId: string): number {
  let hash = 0;
  for (const char of sessionId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % STATS_SHARDS;
}

/** Claims the session for summarizing; false when it is done, failed, or another worker holds it. */
async function claim(sessionId: string): Promise<DocumentData | undefined> {
  const ref = col("sessions").doc(sessionId);
  return db().runTransaction(async (tx) => {
    const session = await tx.get(ref);
    const data = session.data();
    if (!data || data.status !== "ended") return undefined;
    const state = data.summary_status as string | undefined;
    if (state === "done" || state === "failed") return undefined;
    if (state === "processing" && (data.lease_until as Timestamp).toMillis() > Date.now()) return undefined;
    if (state === "waiting" && (data.next_attempt_at as Timestamp).toMillis() > Date.now()) return undefined;
    tx.update(ref, {
      summary_status: "processing",
      lease_until: timestampFromMillis(Date.now() + LEASE_MS),
      summary_attempts: increment(1),
    });
    return { ...data, summary_attempts: (data.summary_attempts ?? 0) + 1 };
  });
}

/** The inbox copy (from the webhook) first: it is the only copy for zero-retention agents. */
async function loadConversation(sessionId: string, conversationId: string): Promise<Record<string, unknown> | null> {
  const inbox = await col("inbox").doc(conversationId).get();
  if (inbox.exists) {
    const envelope = JSON.parse(inbox.get("payload_json") as string) as { data?: Record<string, unknown> };
    if (envelope.data) return envelope.data;
  }
  for (let poll = 0; ; poll++) {
    const conversation = await elevenLabs.getConversation(conversationId);
    const status = conversation?.status;
    if (!conversation || status === "done" || status === "failed" || poll >= IN_TRIGGER_POLLS_MS.length) return conversation;
    logs.conversationWaiting({ sessionId, attempt: poll + 1, status: String(status) });
    await sleep(IN_TRIGGER_POLLS_MS[poll]!);
  }
}

async function release(sessionId: string, fields: Record<string, unknown>) {
  await col("sessions").doc(sessionId).update({ lease_until: null, ...fields });
}

export async function processConversationEnd(sessionId: string): Promise<"done" | "waiting" | "failed" | "skipped"> {
  const session = await claim(sessionId);
  if (!session) return "skipped";
  const attempt = session.summary_attempts as number;
  let conversation: Record<string, unknown> | null;
  try {
    conversation = await loadConversation(sessionId, session.conversation_id);
  } catch (error) {
    // ElevenLabs unavailable: same as still processing, try again on the schedule.
    conversation = { status: "unavailable", error: error instanceof AppError ? error.kind : "unknown" };
  }
  if (!conversation || conversation.status === "failed") {
    const reason = conversation ? "conversation_failed" : "conversation_not_found";
    await release(sessionId, { summary_status: "failed", summary_error: reason });
    logs.summaryFailed({ sessionId, reason });
    return "failed";
  }
  if (conversation.status !== "done") {
    const delay = RETRY_SCHEDULE_MS[attempt - 1];
    if (delay === undefined) {
      await release(sessionId, { summary_status: "failed", summary_error: "conversation_stuck_processing" });
      logs.summaryFailed({ sessionId, reason: "conversation_stuck_processing" });
      return "failed";
    }
    await release(sessionId, { summary_status: "waiting", next_attempt_at: timestampFromMillis(Date.now() + delay) });
    return "waiting";
  }

  const started = Date.now();
  // Loaded on first use: only this function pays for the summarizer's vocabularies.
  const { summarizeConversation } = await import("../domain/summarizer");
  const summary = summarizeConversation(conversation) as unknown as Summary;
  await writeOutcome(sessionId, session, conversation, summary);
  logs.transcriptSummarized({
    sessionId,
    answered: summary.answered_questions.length,
    unanswered: summary.unanswered_questions.length,
    flagged: summary.requires_attention.length,
    durationMs: Date.now() - started,
  });
  return "done";
}

const SEVERITY_ORDER = ["urgent", "high", "moderate", "low"];

/** One transaction: summary, alert, patient counts, stats shard and the session's final state. */
async function writeOutcome(sessionId: string, session: DocumentData, conversation: Record<string, unknown>, summary: Summary) {
  const metadata = (conversation.metadata ?? {}) as { call_duration_secs?: number; start_time_unix_secs?: number };
  const durationSeconds = Math.max(0, Math.round(metadata.call_duration_secs ?? 0));
  const endedAt = (session.ended_at as Timestamp | undefined) ?? now();
  const withSession = (item: SummaryItem) => ({ ...item, session_id: sessionId, session_ended_at: endedAt });
  const attention = summary.requires_attention;
  const ref = col("sessions").doc(sessionId);

  await db().runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (current.get("summary_status") !== "processing") return; // lost the lease meanwhile: the other worker writes
    tx.set(col("summaries").doc(sessionId), {
      session_id: sessionId,
      patient_id: session.patient_id,
      doctor_id: session.doctor_id,
      agent_id: session.agent_id,
      ended_at: endedAt,
      duration_seconds: durationSeconds,
      answered_questions: summary.answered_questions.map(withSession),
      unanswered_questions: summary.unanswered_questions.map(withSession),
      requires_attention: attention.map(withSession),
      for_review: summary.for_review.map(withSession),
      created_at: now(),
    });
    if (attention.length) {
      const severity = [...attention].map((a) => a.severity).sort((a, b) => SEVERITY_ORDER.indexOf(a) - SEVERITY_ORDER.indexOf(b))[0];
      tx.set(col("alerts").doc(sessionId), {
        doctor_id: session.doctor_id,
        patient_id: session.patient_id,
        session_id: sessionId,
        severity,
        categories: [...new Set(attention.map((a) => a.category))],
        items: attention.map(withSession),
        item_count: attention.length,
        state: "open",
        created_at: now(),
        acknowledged_by: null,
        acknowledged_at: null,
      });
    }
    tx.set(
      col("patients").doc(session.patient_id),
      {
        summary_counts: {
          sessions: increment(1),
          answered: increment(summary.answered_questions.length),
          unanswered: increment(summary.unanswered_questions.length),
          attention: increment(attention.length),
        },
        last_session_at: endedAt,
      },
      { merge: true },
    );
    const delta = outcomeDelta({
      agentId: session.agent_id,
      diseaseNames: session.disease_names ?? [],
      day: endedAt.toDate().toISOString().slice(0, 10),
      durationSeconds,
      answered: summary.answered_questions.length,
      unanswered: summary.unanswered_questions.length,
      attention: attention.length,
      unansweredQuestions: summary.unanswered_questions.map((q) => String(q.patient_text ?? "")).filter(Boolean),
    });
    const shard: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(delta.increments)) setPath(shard, path, increment(value));
    for (const [path, value] of Object.entries(delta.texts)) setPath(shard, path, value);
    tx.set(statsShard(session.doctor_id, shardFor(sessionId)), shard, { merge: true });
    tx.update(ref, { summary_status: "done", lease_until: null, summarized_at: now(), duration_seconds: durationSeconds });
  });
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}

/** Fires on the session's transition to ended, whichever signal ended it. */
export const onSessionEnded = onDocumentUpdated(
  { document: `${COLLECTIONS.sessions}/{sessionId}`, secrets: [elevenLabsApiKey], timeoutSeconds: 120 },
  async (event) => {
    const before = event.data?.before.get("status");
    const after = event.data?.after.get("status");
    if (before === "ended" || after !== "ended") return;
    await processConversationEnd(event.params.sessionId);
  },
);

/**
 * Finds sessions that never got an end signal (no webhook, app closed) and asks ElevenLabs, and
 * retries summaries that were waiting for ElevenLabs to finish processing.
 */
export async function reconcileSessions(): Promise<{ checked: number; ended: number; retried: number }> {
  const staleBefore = timestampFromMillis(Date.now() - STALE_SESSION_MS);
  const stale = await col("sessions").where("status", "==", "active").where("started_at", "<", staleBefore).limit(100).get();
  let ended = 0;
  for (const doc of stale.docs) {
    const conversation = await elevenLabs.getConversation(doc.get("conversation_id")).catch(() => undefined);
    // ElevenLabs never had this conversation: refused or never opened, nothing to summarize.
    if (conversation === null && (await markSessionNotConnected(doc.id, "reconciler"))) continue;
    const abandoned = (doc.get("started_at") as Timestamp).toMillis() < Date.now() - ABANDONED_SESSION_MS;
    const finished = conversation?.status === "done" || conversation?.status === "failed" || conversation?.status === "processing";
    if ((finished || abandoned) && (await markSessionEnded(doc.id, "reconciler"))) ended++;
  }
  const due = await col("sessions").where("summary_status", "==", "waiting").where("next_attempt_at", "<=", now()).limit(100).get();
  let retried = 0;
  for (const doc of due.docs) {
    await processConversationEnd(doc.id);
    retried++;
  }
  logs.reconcilerRun({ checked: stale.size, ended, retried });
  return { checked: stale.size, ended, retried };
}

export const reconcileSessionsScheduled = onSchedule(
  { schedule: "every 5 minutes", secrets: [elevenLabsApiKey], timeoutSeconds: 300 },
  async () => {
    await reconcileSessions();
    await sweepElevenLabsOrphans();
  },
);

/** For operators (and tests): run the reconciler and the orphan sweep now instead of waiting. */
export const runReconcilerCallable = callable(
  "runReconciler",
  onlyFor("admin")(async (_caller, data) => {
    const input = parseInput(contracts().RunReconcilerRequest, data);
    const sessions = await reconcileSessions();
    const orphans = await sweepElevenLabsOrphans(input.orphan_min_age_seconds === undefined ? undefined : input.orphan_min_age_seconds * 1000);
    return { ...sessions, orphans };
  }),
  { secrets: [elevenLabsApiKey], timeoutSeconds: 300 },
);
