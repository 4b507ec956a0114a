// Voice sessions. A session's id is its ElevenLabs conversation id. Its document carries three
// small state machines, each with its own fields:
//   status          active -> ended | not_connected              (end signals: webhook, client, reconciler)
//                   not_connected -> ended                       (the conversation happened after all)
//   summary_status  processing -> waiting | done | failed | cancelled  (the pipeline, with a lease)
//   stats_status    pending -> applied -> reverted | cancelled   (dashboard statistics, applied once)
// and the retention fields: retention_state "due" from the end, purge_after, "purged" once purged.
import type { DocumentReference, DocumentSnapshot, QueryDocumentSnapshot, Timestamp, Transaction } from "firebase-admin/firestore";
import type { AttentionItem, AnsweredQuestion, ReviewItem, UnansweredQuestion } from "../contracts/summary";
import { purgeAfterMs } from "../domain/retention";
import { AppError } from "../errors";
import { col, increment, isoTime, now, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import { readPatientInTx } from "./patients";
import { fetchPage, type Page, type PageRequest } from "./pagination";
import { readSlotForRelease } from "./rate-limits";

export type EndSource = "webhook" | "client" | "reconciler";
export type SummaryStatus = "processing" | "waiting" | "done" | "failed" | "cancelled";
export type StatsStatus = "pending" | "applied" | "reverted" | "cancelled";

/** What the statistics of one finished conversation are made of; no patient text once applied. */
export interface StatsInput {
  agent_id: string;
  disease_names: string[];
  day: string;
  duration_seconds: number;
  answered: number;
  unanswered: number;
  attention: number;
  /** De-identified questions, until the stats are applied; then only their keys are kept. */
  gap_questions: string[];
  gap_keys: string[];
}

export interface SessionDocument {
  patient_id: string;
  doctor_id: string;
  agent_id: string;
  elevenlabs_agent_id: string;
  conversation_id: string;
  disease_names: string[];
  status: "active" | "ended" | "not_connected";
  started_at: Timestamp;
  slot_id?: string;
  /** The workspace conversation line this session holds while active (see domain/conversation-lines). */
  conversation_line?: string | null;
  max_duration_seconds?: number | null;
  retention_days?: number;
  ended_at?: Timestamp;
  end_source?: EndSource;
  retention_state?: "due" | "purged";
  purge_after?: Timestamp;
  retention_purged_at?: Timestamp;
  summary_status?: SummaryStatus;
  lease_until?: Timestamp | null;
  summary_attempts?: number;
  next_attempt_at?: Timestamp;
  summary_error?: string;
  summarized_at?: Timestamp;
  duration_seconds?: number;
  stats_status?: StatsStatus;
  stats_input?: StatsInput;
  stats_attempts?: number;
  stats_next_attempt_at?: Timestamp;
  stats_error?: string;
  /** Retention removed this conversation's knowledge gaps (its counters stay). */
  gaps_removed?: boolean;
}

export interface Session extends SessionDocument {
  id: string;
}

export const sessionRef = (sessionId: string) => col("sessions").doc(sessionId) as DocumentReference<SessionDocument>;
const toSession = (doc: QueryDocumentSnapshot) => ({ id: doc.id, ...(doc.data() as SessionDocument) });

export async function loadSession(sessionId: string): Promise<Session | undefined> {
  const snapshot = await sessionRef(sessionId).get();
  return snapshot.exists ? { id: snapshot.id, ...(snapshot.data() as SessionDocument) } : undefined;
}

export async function readSessionInTx(tx: Transaction, sessionId: string): Promise<Session | undefined> {
  const snapshot = await tx.get(sessionRef(sessionId));
  return snapshot.exists ? { id: snapshot.id, ...(snapshot.data() as SessionDocument) } : undefined;
}

/**
 * Creates the session with its audit entry, in one transaction that re-reads the patient: a start
 * racing an erasure either commits first (and the erasure sweeps it) or is refused.
 */
export async function createSession(
  conversationId: string,
  document: Omit<SessionDocument, "status" | "started_at">,
  audit: (tx: Transaction) => void,
): Promise<void> {
  await db().runTransaction(async (tx) => {
    const patient = await readPatientInTx(tx, document.patient_id);
    if (!patient || patient.erasure_started_at) throw new AppError("notFound", "No such patient.");
    tx.create(sessionRef(conversationId), { ...document, status: "active", started_at: now() });
    audit(tx);
  });
}

/**
 * active -> ended, with the retention clock started and the patient's open slot freed. Reads the
 * slot first: call it before any other write of the transaction.
 */
export async function endSessionInTx(tx: Transaction, session: Session, source: EndSource, retentionDaysFallback: number): Promise<void> {
  const releaseSlot = await readSlotForRelease(tx, session.patient_id, session.slot_id);
  const endedAt = now();
  tx.update(sessionRef(session.id), {
    status: "ended",
    ended_at: endedAt,
    end_source: source,
    retention_state: "due",
    purge_after: timestampFromMillis(purgeAfterMs(endedAt.toMillis(), session.retention_days ?? retentionDaysFallback)),
  });
  releaseSlot?.();
}

/**
 * Idempotent: the first end signal wins, later ones (webhook twice, racing callable) change nothing.
 * A session marked not connected still ends if its conversation turns out to have happened (a
 * webhook for it arrives): the patient connected late, and the conversation is summarized.
 */
export async function markSessionEnded(sessionId: string, source: EndSource, retentionDaysFallback: number): Promise<boolean> {
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, sessionId);
    if (!session || (session.status !== "active" && session.status !== "not_connected")) return false;
    await endSessionInTx(tx, session, source, retentionDaysFallback);
    return true;
  });
}

/**
 * active -> not_connected: ElevenLabs has no conversation for it (refused, or never opened). Its
 * line and the patient's open slot are free, and no summary is expected.
 */
export async function markSessionNotConnected(sessionId: string, source: EndSource): Promise<boolean> {
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, sessionId);
    if (!session || session.status !== "active") return false;
    const releaseSlot = await readSlotForRelease(tx, session.patient_id, session.slot_id);
    tx.update(sessionRef(sessionId), { status: "not_connected", ended_at: now(), end_source: source });
    releaseSlot?.();
    return true;
  });
}

/** Several sessions by id in one round trip; missing ones are absent from the map. */
export async function loadSessions(sessionIds: string[]): Promise<Map<string, Session>> {
  const found = new Map<string, Session>();
  if (!sessionIds.length) return found;
  for (const snapshot of await db().getAll(...sessionIds.map(sessionRef))) {
    if (snapshot.exists) found.set(snapshot.id, { id: snapshot.id, ...(snapshot.data() as SessionDocument) });
  }
  return found;
}

/** Claims the session for summarizing; undefined when it is done, failed, or another worker holds a live lease. */
export async function claimForSummary(sessionId: string, leaseMs: number): Promise<Session | undefined> {
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, sessionId);
    if (!session || session.status !== "ended") return undefined;
    const state = session.summary_status;
    if (state === "done" || state === "failed" || state === "cancelled") return undefined;
    if (state === "processing" && session.lease_until && session.lease_until.toMillis() > Date.now()) return undefined;
    if (state === "waiting" && session.next_attempt_at && session.next_attempt_at.toMillis() > Date.now()) return undefined;
    tx.update(sessionRef(sessionId), {
      summary_status: "processing",
      lease_until: timestampFromMillis(Date.now() + leaseMs),
      summary_attempts: increment(1),
    });
    return { ...session, summary_attempts: (session.summary_attempts ?? 0) + 1 };
  });
}

export async function releaseSummary(sessionId: string, fields: Partial<Record<keyof SessionDocument, unknown>>): Promise<void> {
  await sessionRef(sessionId).update({ lease_until: null, ...fields });
}

// ---- what the reconciler and retention look for (each query has its composite index)

const ids = async (query: FirebaseFirestore.Query) => (await query.get()).docs.map(toSession);

export const activeSessionsStartedBefore = (before: Timestamp, limit: number) =>
  ids(col("sessions").where("status", "==", "active").where("started_at", "<", before).limit(limit));

export const summariesDue = (limit: number) =>
  ids(col("sessions").where("summary_status", "==", "waiting").where("next_attempt_at", "<=", now()).limit(limit));

/** Workers that crashed mid-pipeline leave `processing` with a lease in the past. */
export const expiredSummaryLeases = (limit: number) =>
  ids(col("sessions").where("summary_status", "==", "processing").where("lease_until", "<", now()).limit(limit));

export const statsDue = (limit: number) =>
  ids(col("sessions").where("stats_status", "==", "pending").where("stats_next_attempt_at", "<=", now()).limit(limit));

export const retentionDue = (limit: number) =>
  ids(col("sessions").where("retention_state", "==", "due").where("purge_after", "<=", now()).orderBy("purge_after").limit(limit));

export const sessionsOfPatient = (patientId: string, limit: number) => ids(col("sessions").where("patient_id", "==", patientId).limit(limit));

// ---- the sessions as the doctor reads them: a patient's sessions (paged), one session with its
// summary, alert and transcript. Transcripts come from the webhook's inbox copy first (the only
// copy for zero-retention agents), else from ElevenLabs.

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
  level: "attention" | "review";
  severity: string;
  state: "open" | "acknowledged";
  item_count: number;
  created_at: Timestamp;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
  /** Set by the in-call red-flag tool when the agent raised the alert during the call. */
  raised_in_call?: boolean;
  raised_in_call_at?: Timestamp | null;
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

export function sessionBase(id: string, s: SessionDocument) {
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
    const session = snapshot.data() as SessionDocument;
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
    session: session?.data() as SessionDocument | undefined,
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
