// What the doctor reads about conversations: a patient's sessions, and one session with its
// summary, the full transcript (items point at the turns they came from) and its red flag.
import { auditPseudonymKey, elevenLabsApiKey } from "../config";
import { AppError, parseInput } from "../errors";
import { appendAudit } from "../repositories/audit";
import { isoTime } from "../services/data";
import * as elevenLabs from "../services/elevenlabs";
import {
  conversationFromInbox, listSessionsForPatient, loadSessionRecords, sessionBase, transcriptTurns, type SummaryDocument,
} from "../repositories/sessions";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";
import { loadPatientForStaff } from "./patient-directory";

export async function listSessions(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListSessionsRequest, data);
  await loadPatientForStaff(caller, input.patient_id);
  const page = await listSessionsForPatient(input.patient_id, input);
  return { patient_id: input.patient_id, sessions: page.items, next_cursor: page.next_cursor };
}

type Item = { session_ended_at?: unknown; [key: string]: unknown };
const itemView = (item: Item) => ({ ...item, session_ended_at: isoTime(item.session_ended_at) });

function summaryView(summary: SummaryDocument | undefined) {
  if (!summary) return null;
  const list = (items: Item[] | undefined) => (items ?? []).map(itemView);
  return {
    language: summary.language ?? null,
    answered_questions: list(summary.answered_questions as Item[]),
    unanswered_questions: list(summary.unanswered_questions as Item[]),
    requires_attention: list(summary.requires_attention as Item[]),
    for_review: list(summary.for_review as Item[]),
  };
}

export async function getSession(caller: Caller, data: unknown) {
  const { session_id } = parseInput(contracts().SessionIdRequest, data);
  const { session, summary, alert, inboxPayload } = await loadSessionRecords(session_id);
  if (!session) throw new AppError("notFound", "No such session.");
  if (caller.role !== "admin" && session.doctor_id !== caller.uid) throw new AppError("forbidden", "This session belongs to another doctor's patient.");
  const patient = await loadPatientForStaff(caller, session.patient_id);
  await appendAudit({ actorUid: caller.uid, actorRole: caller.role, action: "session.read", patientId: session.patient_id });

  let conversation = conversationFromInbox(inboxPayload);
  let transcriptSource: "inbox" | "elevenlabs" | "unavailable" = conversation ? "inbox" : "unavailable";
  if (!conversation) {
    try {
      const remote = await elevenLabs.getConversation(session.conversation_id);
      if (remote) {
        conversation = remote;
        transcriptSource = "elevenlabs";
      }
    } catch {
      // ElevenLabs unreachable: the summary still shows; the page says the transcript is unavailable.
    }
  }

  const attention = summary?.requires_attention ?? [];
  const firstFlag = attention.reduce<number | null>((min, item) => (min === null || item.time_in_call_secs < min ? item.time_in_call_secs : min), null);
  const raisedAt = alert?.created_at ?? null;
  // An alert written before the call ended was raised in the call (by the in-call signal).
  const duringCall = Boolean(raisedAt && (!session.ended_at || raisedAt.toMillis() < session.ended_at.toMillis()));
  // The in-call red-flag tool marks its alert (raised_in_call, raised_in_call_at) and its items
  // (raised_in_call): the page says how far into the call it was raised, as mm:ss.
  const inCallAlert = alert;
  const inCallItems = attention.filter((item) => (item as { raised_in_call?: unknown }).raised_in_call === true);
  const raisedInCall = inCallAlert?.raised_in_call === true || inCallItems.length > 0;
  const startedMs = session.started_at?.toMillis();
  const inCallSecs = inCallItems.length
    ? Math.min(...inCallItems.map((item) => item.time_in_call_secs))
    : inCallAlert?.raised_in_call_at && startedMs !== undefined
      ? Math.max(0, Math.round((inCallAlert.raised_in_call_at.toMillis() - startedMs) / 1000))
      : null;
  return {
    session: { ...sessionBase(session_id, session), patient_display_name: patient.display_name },
    summary: summaryView(summary),
    transcript: transcriptTurns(conversation),
    transcript_source: transcriptSource,
    alert: alert
      ? {
          alert_id: session_id,
          state: alert.state,
          level: alert.level,
          severity: alert.severity,
          raised_in_call: raisedInCall,
          created_at: isoTime(alert.created_at),
          acknowledged_by: alert.acknowledged_by ?? null,
          acknowledged_at: isoTime(alert.acknowledged_at),
        }
      : null,
    red_flag: attention.length || alert
      ? {
          raised_at: isoTime(raisedAt),
          during_call: duringCall || raisedInCall,
          first_time_in_call_secs: firstFlag,
          raised_in_call: raisedInCall,
          raised_in_call_time_secs: raisedInCall ? inCallSecs : null,
        }
      : null,
  };
}

const staff = onlyFor("doctor", "admin");
export const conversationOperations = {
  listSessions: staff(listSessions),
  getSession: staff(getSession),
};

export const listSessionsCallable = callable("listSessions", conversationOperations.listSessions);
export const getSessionCallable = callable("getSession", conversationOperations.getSession, { secrets: [elevenLabsApiKey, auditPseudonymKey] });
