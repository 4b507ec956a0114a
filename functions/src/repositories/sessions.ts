// The sessions aggregate as the doctor reads it: a patient's sessions (paged), one session with
// its summary, alert and transcript. Transcripts come from the webhook's inbox copy first (the
// only copy for zero-retention agents), else from ElevenLabs.
import type { DocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import type { AttentionItem, AnsweredQuestion, ReviewItem, UnansweredQuestion } from "../contracts/summary";
import { col, isoTime } from "../services/data";
import { db } from "../services/firebase";
import { fetchPage, type Page, type PageRequest } from "./pagination";

export interface SessionDoc {
  patient_id: string;
  doctor_id: string;
  agent_id: string;
  conversation_id: string;
  status: "active" | "ended";
  started_at: Timestamp;
  ended_at?: Timestamp;
  end_source?: string;
  summary_status?: "processing" | "waiting" | "done" | "failed";
  summary_error?: string;
  duration_seconds?: number;
}

type WithSession<T> = T & { session_id: string; session_ended_at?: Timestamp | null };
export interface SummaryDoc {
  session_id: string;
  patient_id: string;
  doctor_id: string;
  ended_at: Timestamp;
  duration_seconds: number;
  answered_questions: WithSession<AnsweredQuestion>[];
  unanswered_questions: WithSession<UnansweredQuestion>[];
  requires_attention: WithSession<AttentionItem>[];
  for_review: WithSession<ReviewItem>[];
  language?: string;
}

export interface AlertDoc {
  doctor_id: string;
  patient_id: string;
  session_id: string;
  severity: string;
  state: "open" | "acknowledged";
  item_count: number;
  created_at: Timestamp;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
}

export interface TranscriptTurn {
  index: number;
  role: "patient" | "agent" | "other";
  message: string;
  time_in_call_secs: number | null;
}

export interface SessionListItem {
  session_id: string;
  agent_id: string;
  status: string;
  summary_status: string | null;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  counts: { answered: number; unanswered: number; attention: number; review: number } | null;
  alert: { state: string; severity: string; created_at: string | null } | null;
}

export const sessionRef = (sessionId: string) => col("sessions").doc(sessionId);

export function sessionBase(id: string, s: SessionDoc) {
  return {
    session_id: id,
    patient_id: s.patient_id,
    agent_id: s.agent_id,
    status: s.status,
    summary_status: s.summary_status ?? null,
    summary_error: s.summary_error ?? null,
    started_at: isoTime(s.started_at),
    ended_at: isoTime(s.ended_at),
    duration_seconds: s.duration_seconds ?? null,
  };
}

/** A patient's sessions, newest first, each with its summary counts and alert state (one batched read). */
export async function listSessionsForPatient(patientId: string, page: PageRequest): Promise<Page<SessionListItem>> {
  const result = await fetchPage(col("sessions").where("patient_id", "==", patientId), "started_at", page, (s: DocumentSnapshot) => s);
  if (!result.items.length) return { items: [], next_cursor: result.next_cursor };
  const related = await db().getAll(
    ...result.items.flatMap((s) => [col("summaries").doc(s.id), col("alerts").doc(s.id)]),
  );
  const items = result.items.map((snapshot, i) => {
    const session = snapshot.data() as SessionDoc;
    const summary = related[2 * i]?.data() as SummaryDoc | undefined;
    const alert = related[2 * i + 1]?.data() as AlertDoc | undefined;
    const base = sessionBase(snapshot.id, session);
    return {
      session_id: base.session_id,
      agent_id: base.agent_id,
      status: base.status,
      summary_status: base.summary_status,
      started_at: base.started_at,
      ended_at: base.ended_at,
      duration_seconds: base.duration_seconds,
      counts: summary
        ? {
            answered: summary.answered_questions?.length ?? 0,
            unanswered: summary.unanswered_questions?.length ?? 0,
            attention: summary.requires_attention?.length ?? 0,
            review: summary.for_review?.length ?? 0,
          }
        : null,
      alert: alert ? { state: alert.state, severity: alert.severity, created_at: isoTime(alert.created_at) } : null,
    };
  });
  return { items, next_cursor: result.next_cursor };
}

export async function loadSessionRecords(sessionId: string) {
  const [session, summary, alert, inbox] = await db().getAll(
    sessionRef(sessionId),
    col("summaries").doc(sessionId),
    col("alerts").doc(sessionId),
    col("inbox").doc(sessionId),
  );
  return {
    session: session?.data() as SessionDoc | undefined,
    summary: summary?.data() as SummaryDoc | undefined,
    alert: alert?.data() as AlertDoc | undefined,
    inboxPayload: inbox?.get("payload_json") as string | undefined,
  };
}

const ROLE: Record<string, TranscriptTurn["role"]> = { user: "patient", agent: "agent" };

/** ElevenLabs' transcript array, indexed as the summarizer indexes it (`turn_index`). */
export function transcriptTurns(conversation: { transcript?: unknown } | null | undefined): TranscriptTurn[] {
  const entries = Array.isArray(conversation?.transcript) ? (conversation.transcript as unknown[]) : [];
  return entries.map((entry, index) => {
    const e = (entry ?? {}) as { role?: unknown; message?: unknown; time_in_call_secs?: unknown };
    return {
      index,
      role: ROLE[String(e.role)] ?? "other",
      message: typeof e.message === "string" ? e.message : "",
      time_in_call_secs: typeof e.time_in_call_secs === "number" ? e.time_in_call_secs : null,
    };
  });
}

/** The conversation from the webhook's inbox copy, or undefined when there is none. */
export function conversationFromInbox(payloadJson: string | undefined): { transcript?: unknown } | undefined {
  if (!payloadJson) return undefined;
  try {
    return (JSON.parse(payloadJson) as { data?: { transcript?: unknown } }).data;
  } catch {
    return undefined;
  }
}
