// What happens when a conversation ends: fetch it, summarize it, and record the summary, the
// doctor's alert and the patient's counts in one transaction. The dashboard statistics follow in
// their own transaction, applied once per session (repositories/stats.ts): a failure there is
// retried by the reconciler and can delay the dashboard, never a summary or a red flag.
import { onDocumentUpdated } from "firebase-functions/v2/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { auditPseudonymKey, elevenLabsApiKey } from "../config";
import { decideAlert } from "../domain/alerts";
import type { AnalysisInput, TranscriptTurn } from "../domain/triage-signals/merge";
import { runBounded } from "../domain/bounded";
import { dashboardQuestions } from "../domain/deidentify";
import { gapKey } from "../domain/stats";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { inCallFlagsOf } from "../repositories/in-call-flags";
import { loadInboxPayload } from "../repositories/inbox";
import {
  activeSessionsStartedBefore,
  claimForSummary,
  expiredSummaryLeases,
  releaseSummary,
  statsDue,
  summariesDue,
  type Session,
  type StatsInput,
} from "../repositories/sessions";
import { applySessionStats, recordStatsFailure } from "../repositories/stats";
import { commitOutcome, type SummarizerOutput } from "../repositories/summaries";
import { COLLECTIONS, now, timestampFromMillis } from "../services/data";
import * as elevenLabs from "../services/elevenlabs";
import { onlyFor } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";
import { resumeStalledErasures } from "./privacy";
import { markSessionEnded, markSessionNotConnected } from "./sessions";
import { sweepElevenLabsOrphans } from "./orphan-sweeper";

/** A worker holds a session this long; a crashed worker's claim expires and the reconciler takes it back. */
const LEASE_MS = 2 * 60_000;
/** While ElevenLabs still says `processing`: poll briefly in the trigger, then hand over to the reconciler. */
const IN_TRIGGER_POLLS_MS = [1_000, 2_000, 3_000];
/** Later attempts by the reconciler, after each of which we wait this long; then the summary fails. */
export const RETRY_SCHEDULE_MS = [60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 20 * 60_000, 30 * 60_000];
/** A session that keeps crashing its worker is given up after this many claims, and reported. */
export const MAX_SUMMARY_ATTEMPTS = 8;
/** Sessions with no end signal after this long are checked with ElevenLabs. */
export const STALE_SESSION_MS = 20 * 60_000;
/** ElevenLabs' maximum conversation duration is far below this: an active session this old is over. */
const ABANDONED_SESSION_MS = 3 * 3600_000;
/** Statistics still not applied after this many attempts are reported on every run. */
const STATS_REPORT_AFTER_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The inbox copy (from the webhook) first: it is the only copy for zero-retention agents. */
async function loadConversation(sessionId: string, conversationId: string, poll: boolean): Promise<Record<string, unknown> | null> {
  const fromInbox = await loadInboxPayload(conversationId);
  if (fromInbox) return fromInbox;
  const polls = poll ? IN_TRIGGER_POLLS_MS : [];
  for (let attempt = 0; ; attempt++) {
    const conversation = await elevenLabs.getConversation(conversationId);
    const status = conversation?.status;
    if (!conversation || status === "done" || status === "failed" || attempt >= polls.length) return conversation;
    logs.conversationWaiting({ sessionId, attempt: attempt + 1, status: String(status) });
    await sleep(polls[attempt]!);
  }
}

/** The statistics a finished conversation adds; knowledge gaps as de-identified questions only. */
export function statsInputFor(session: Session, summary: SummarizerOutput, durationSeconds: number, day: string): StatsInput {
  const gapQuestions = summary.unanswered_questions.flatMap((item) => (typeof item.question_text === "string" ? dashboardQuestions(item.question_text) : []));
  return {
    agent_id: session.agent_id,
    disease_names: session.disease_names ?? [],
    day,
    duration_seconds: durationSeconds,
    answered: summary.answered_questions.length,
    unanswered: summary.unanswered_questions.length,
    attention: summary.requires_attention.length,
    gap_questions: gapQuestions,
    gap_keys: gapQuestions.map(gapKey),
  };
}

/** Applies a session's statistics now; a failure is recorded for the reconciler, never thrown. */
export async function applyStatsOrDefer(sessionId: string, attemptsSoFar = 0): Promise<boolean> {
  try {
    await applySessionStats(sessionId);
    return true;
  } catch (error) {
    const reason = (error as { code?: number }).code === 3 ? "invalid_write" : error instanceof Error ? error.name : "unknown";
    await recordStatsFailure(sessionId, attemptsSoFar, reason);
    logs.statsDelayed({ sessionId, attempts: attemptsSoFar + 1, reason });
    return false;
  }
}

export type PipelineResult = "done" | "waiting" | "failed" | "skipped" | "cancelled";

export async function processConversationEnd(sessionId: string, options: { pollWhileProcessing?: boolean } = {}): Promise<PipelineResult> {
  const session = await claimForSummary(sessionId, LEASE_MS);
  if (!session) return "skipped";
  const attempt = session.summary_attempts ?? 1;
  if (attempt > MAX_SUMMARY_ATTEMPTS) {
    await releaseSummary(sessionId, { summary_status: "failed", summary_error: "too_many_attempts" });
    logs.summaryFailed({ sessionId, reason: "too_many_attempts" });
    return "failed";
  }
  let conversation: Record<string, unknown> | null;
  try {
    conversation = await loadConversation(sessionId, session.conversation_id, options.pollWhileProcessing ?? true);
  } catch (error) {
    // ElevenLabs unavailable: same as still processing, try again on the schedule.
    conversation = { status: "unavailable", error: error instanceof AppError ? error.kind : "unknown" };
  }
  if (!conversation || conversation.status === "failed") {
    const reason = conversation ? "conversation_failed" : "conversation_not_found";
    await releaseSummary(sessionId, { summary_status: "failed", summary_error: reason });
    logs.summaryFailed({ sessionId, reason });
    return "failed";
  }
  if (conversation.status !== "done") {
    const delay = RETRY_SCHEDULE_MS[attempt - 1];
    if (delay === undefined) {
      await releaseSummary(sessionId, { summary_status: "failed", summary_error: "conversation_stuck_processing" });
      logs.summaryFailed({ sessionId, reason: "conversation_stuck_processing" });
      return "failed";
    }
    await releaseSummary(sessionId, { summary_status: "waiting", next_attempt_at: timestampFromMillis(Date.now() + delay) });
    return "waiting";
  }

  const started = Date.now();
  // Loaded on first use: only this function pays for the summarizer's vocabularies.
  const { summarizeConversation } = await import("../domain/summarizer");
  const { mergeTriageSignals } = await import("../domain/triage-signals/merge");
  const rules = summarizeConversation(conversation);
  const metadata = (conversation.metadata ?? {}) as { call_duration_secs?: number };
  const durationSeconds = Math.max(0, Math.round(metadata.call_duration_secs ?? 0));
  const endedAt = session.ended_at ?? now();
  const { result: committed, composed } = await commitOutcome({
    sessionId,
    endedAt,
    durationSeconds,
    // The three signals: the rules summary is the floor; flags raised in the call and ElevenLabs'
    // analysis only add items or raise their level.
    compose: (inCallAlert) => {
      const summary = mergeTriageSignals(rules, {
        transcript: Array.isArray(conversation.transcript) ? (conversation.transcript as TranscriptTurn[]) : [],
        inCallFlags: inCallFlagsOf(inCallAlert),
        analysis: (conversation.analysis ?? null) as AnalysisInput | null,
      }) as unknown as SummarizerOutput;
      return {
        summary,
        alert: decideAlert(summary),
        stats: statsInputFor(session, summary, durationSeconds, endedAt.toDate().toISOString().slice(0, 10)),
      };
    },
  });
  if (committed === "lost_lease") return "skipped";
  if (committed === "patient_erased" || !composed) return "cancelled";
  const { summary } = composed;
  logs.transcriptSummarized({
    sessionId,
    answered: summary.answered_questions.length,
    unanswered: summary.unanswered_questions.length,
    flagged: summary.requires_attention.length,
    durationMs: Date.now() - started,
  });
  await applyStatsOrDefer(sessionId);
  return "done";
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

export interface ReconcilerReport {
  checked: number;
  ended: number;
  retried: number;
  reclaimed: number;
  stats_applied: number;
  erasures_resumed: number;
  /** Sessions this run could not finish, and why; the same ids are logged. */
  unfinished: { session_id: string; reason: string }[];
}

/** At most this many ElevenLabs calls at once; well inside a plan's concurrency. */
export const RECONCILER_CONCURRENCY = 4;
/** Work starts only inside this budget, so the run ends inside its function timeout (300 s). */
export const RECONCILER_BUDGET_MS = 200_000;

/**
 * Ends sessions that never got an end signal (no webhook, app closed) after asking ElevenLabs;
 * retries summaries waiting for ElevenLabs; takes back sessions whose worker crashed mid-pipeline
 * (an expired `processing` lease); applies statistics that failed; resumes stalled erasures.
 */
export async function reconcileSessions(options: { budgetMs?: number } = {}): Promise<ReconcilerReport> {
  const deadlineMs = Date.now() + (options.budgetMs ?? RECONCILER_BUDGET_MS);
  const unfinished: ReconcilerReport["unfinished"] = [];
  const notReached = (sessions: { id: string }[]) => unfinished.push(...sessions.map((s) => ({ session_id: s.id, reason: "not_reached_before_deadline" })));
  const bounded = <T extends { id: string }, R>(items: T[], work: (item: T) => Promise<R>) => runBounded(items, RECONCILER_CONCURRENCY, work, { deadlineMs });

  const stale = await activeSessionsStartedBefore(timestampFromMillis(Date.now() - STALE_SESSION_MS), 100);
  const ends = await bounded(stale, async (session) => {
    const conversation = await elevenLabs.getConversation(session.conversation_id).catch(() => undefined);
    // ElevenLabs never had this conversation: refused or never opened, nothing to summarize.
    if (conversation === null && (await markSessionNotConnected(session.id, "reconciler"))) return false;
    const abandoned = session.started_at.toMillis() < Date.now() - ABANDONED_SESSION_MS;
    const finished = ["done", "failed", "processing"].includes(String(conversation?.status));
    return (finished || abandoned) && (await markSessionEnded(session.id, "reconciler"));
  });
  notReached(ends.notStarted);

  const pipeline = async (sessions: Session[]) => {
    const run = await bounded(sessions, (session) => processConversationEnd(session.id, { pollWhileProcessing: false }));
    notReached(run.notStarted);
    for (const outcome of run.settled) {
      if (!outcome.ok) unfinished.push({ session_id: outcome.item.id, reason: "pipeline_error" });
      else if (outcome.value === "failed") unfinished.push({ session_id: outcome.item.id, reason: "summary_failed" });
    }
    return run.settled.length;
  };
  const retried = await pipeline(await summariesDue(100));
  const reclaimed = await pipeline(await expiredSummaryLeases(100));

  const stats = await bounded(await statsDue(100), async (session) => {
    const applied = await applyStatsOrDefer(session.id, session.stats_attempts ?? 0);
    if (!applied && (session.stats_attempts ?? 0) + 1 >= STATS_REPORT_AFTER_ATTEMPTS) {
      unfinished.push({ session_id: session.id, reason: "statistics_not_applied" });
    }
    return applied;
  });
  notReached(stats.notStarted);

  const erasuresResumed = Date.now() < deadlineMs ? await resumeStalledErasures(deadlineMs) : 0;

  const report: ReconcilerReport = {
    checked: stale.length,
    ended: ends.settled.filter((s) => s.ok && s.value).length,
    retried,
    reclaimed,
    stats_applied: stats.settled.filter((s) => s.ok && s.value).length,
    erasures_resumed: erasuresResumed,
    unfinished,
  };
  logs.reconcilerRun({
    checked: report.checked,
    ended: report.ended,
    retried,
    reclaimed,
    statsApplied: report.stats_applied,
    erasuresResumed,
  });
  if (unfinished.length) {
    logs.reconcilerUnfinished({
      count: unfinished.length,
      sessions: unfinished.slice(0, 50).map((u) => u.session_id).join(","),
      reasons: [...new Set(unfinished.map((u) => u.reason))].join(","),
    });
  }
  return report;
}

export const reconcileSessionsScheduled = onSchedule(
  // The audit key: a resumed erasure writes its audit entry.
  { schedule: "every 5 minutes", secrets: [elevenLabsApiKey, auditPseudonymKey], timeoutSeconds: 300 },
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
  { secrets: [elevenLabsApiKey, auditPseudonymKey], timeoutSeconds: 300, checkRevoked: true },
);
