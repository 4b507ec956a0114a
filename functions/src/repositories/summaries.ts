// Session summaries (session_summaries/{sessionId}) and the one transaction that records a
// finished conversation: its summary, its alert, the patient's counts and the session's final
// state. Statistics are not in it: they follow in their own transaction (repositories/stats.ts),
// so nothing about the dashboard can hold back a summary or a red flag.
import type { DocumentReference, Timestamp } from "firebase-admin/firestore";
import type { AnsweredQuestion, AttentionItem, ReviewItem, UnansweredQuestion } from "../contracts/summary";
import type { AlertDecision } from "../domain/alerts";
import { col, now } from "../services/data";
import { db } from "../services/firebase";
import { alertRef, writeAlertInTx, type AlertDocument } from "./alerts";
import { countOutcomeInTx, readPatientInTx } from "./patients";
import { readSessionInTx, sessionRef, type StatsInput } from "./sessions";

type Item = Record<string, unknown>;
/** An item as stored: the summarizer's item, marked with the conversation it came from. */
export type WithSession<T> = T & { session_id: string; session_ended_at?: Timestamp | null };

/** The one stored shape of a conversation's summary (session_summaries/{sessionId}). */
export interface SummaryDocument {
  session_id: string;
  patient_id: string;
  doctor_id: string;
  agent_id: string;
  ended_at: Timestamp;
  duration_seconds: number;
  answered_questions: WithSession<AnsweredQuestion>[];
  unanswered_questions: WithSession<UnansweredQuestion>[];
  requires_attention: WithSession<AttentionItem>[];
  for_review: WithSession<ReviewItem>[];
  language: string | null;
  language_unsupported: boolean;
  /** Which triage signals were read (rules, in-call flags, ElevenLabs' analysis); counts and criterion ids only. */
  signals?: Record<string, unknown>;
  created_at: Timestamp;
}

/** What the summarizer produced, read defensively: fields added later may be missing. */
export interface SummarizerOutput {
  answered_questions: Item[];
  unanswered_questions: Item[];
  requires_attention: Item[];
  for_review?: Item[];
  language?: unknown;
  language_unsupported?: unknown;
  signals?: unknown;
}

export const summaryRef = (sessionId: string) => col("summaries").doc(sessionId) as DocumentReference<SummaryDocument>;

export interface Composed {
  summary: SummarizerOutput;
  alert: AlertDecision | null;
  stats: StatsInput;
}

export interface Outcome {
  sessionId: string;
  endedAt: Timestamp;
  durationSeconds: number;
  /**
   * Builds the summary, alert and statistics from the conversation's alert as it stands inside
   * the transaction: a flag raised in the call up to the commit is merged (a flag written
   * meanwhile makes the transaction run again), never overwritten.
   */
  compose: (inCallAlert: AlertDocument | undefined) => Composed;
}

/**
 * "committed", or "lost_lease" when another worker took the session meanwhile, or "patient_erased"
 * when the patient's erasure started first: then nothing about them is written again.
 */
export async function commitOutcome(outcome: Outcome): Promise<{ result: "committed" | "lost_lease" | "patient_erased"; composed?: Composed }> {
  let composed: Composed | undefined;
  const result = await db().runTransaction(async (tx): Promise<"committed" | "lost_lease" | "patient_erased"> => {
    const session = await readSessionInTx(tx, outcome.sessionId);
    if (!session || session.summary_status !== "processing") return "lost_lease";
    const [patient, inCallAlert] = await Promise.all([readPatientInTx(tx, session.patient_id), tx.get(alertRef(session.id))]);
    if (!patient || patient.erasure_started_at) {
      tx.update(sessionRef(session.id), { summary_status: "cancelled", lease_until: null, summary_error: "patient_erased" });
      return "patient_erased";
    }
    const withSession = <T extends object>(item: T): WithSession<T> => ({ ...item, session_id: session.id, session_ended_at: outcome.endedAt });
    // Read defensively (older summarizer outputs may lack a list); the items are the summarizer's own.
    const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
    composed = outcome.compose(inCallAlert.data());
    const { summary } = composed;
    const document: SummaryDocument = {
      session_id: session.id,
      patient_id: session.patient_id,
      doctor_id: session.doctor_id,
      agent_id: session.agent_id,
      ended_at: outcome.endedAt,
      duration_seconds: outcome.durationSeconds,
      answered_questions: list<AnsweredQuestion>(summary.answered_questions).map(withSession),
      unanswered_questions: list<UnansweredQuestion>(summary.unanswered_questions).map(withSession),
      requires_attention: list<AttentionItem>(summary.requires_attention).map(withSession),
      for_review: list<ReviewItem>(summary.for_review).map(withSession),
      language: typeof summary.language === "string" ? summary.language : null,
      language_unsupported: summary.language_unsupported === true,
      ...(summary.signals && typeof summary.signals === "object" ? { signals: summary.signals as Record<string, unknown> } : {}),
      created_at: now(),
    };
    tx.set(summaryRef(session.id), document);
    if (composed.alert) writeAlertInTx(tx, session, composed.alert, withSession, inCallAlert.data());
    countOutcomeInTx(
      tx,
      session.patient_id,
      { answered: document.answered_questions.length, unanswered: document.unanswered_questions.length, attention: document.requires_attention.length },
      outcome.endedAt,
    );
    tx.update(sessionRef(session.id), {
      summary_status: "done",
      lease_until: null,
      summarized_at: now(),
      duration_seconds: outcome.durationSeconds,
      stats_status: "pending",
      stats_input: composed.stats,
      stats_attempts: 0,
      stats_next_attempt_at: now(),
    });
    return "committed";
  });
  return { result, composed };
}

export async function summariesOfPatient(patientId: string, limit: number): Promise<SummaryDocument[]> {
  const snapshot = await col("summaries").where("patient_id", "==", patientId).orderBy("ended_at", "desc").limit(limit).get();
  return snapshot.docs.map((d) => d.data() as SummaryDocument);
}

export async function summaryRefsOfPatient(patientId: string, limit: number) {
  return (await col("summaries").where("patient_id", "==", patientId).select().limit(limit).get()).docs.map((d) => d.ref);
}
