// Flags the agent raises during a call (the flag_for_doctor webhook tool). Each one lands at once
// in the conversation's alert (alerts/{sessionId}), the document the doctor's live alert list
// reads, so the doctor sees it before the call ends. Nothing here touches statistics. The flag's
// words live only in the alert (and the summary, once written), which erasure and retention sweep.
import { createHash } from "node:crypto";
import { FieldValue } from "firebase-admin/firestore";
import { mostSevere, type Severity } from "../domain/alerts";
import { normalizeForMatch } from "../domain/triage-signals/quotes";
import type { InCallFlag } from "../domain/triage-signals/merge";
import { now } from "../services/data";
import { db } from "../services/firebase";
import { alertRef, type AlertDocument } from "./alerts";
import { readPatientInTx } from "./patients";
import { readSessionInTx, type Session } from "./sessions";
import { summaryRef } from "./summaries";

/** A flag may arrive shortly after the call ended (the tool call is still in flight when the webhook lands). */
export const FLAG_GRACE_AFTER_END_MS = 10 * 60_000;

/** The same words in the same conversation are the same flag, however often the agent sends them. */
export const inCallFlagKey = (conversationId: string, patientWords: string) =>
  createHash("sha256").update(`flag:v1\u0000${conversationId}\u0000${normalizeForMatch(patientWords)}`).digest("hex").slice(0, 32);

export type FlagResult = "raised" | "added" | "duplicate" | "unknown_conversation" | "foreign_conversation" | "session_closed" | "patient_erased";

function acceptsFlags(session: Session, atMs: number): boolean {
  if (session.status === "active") return true;
  const endedMs = session.ended_at?.toMillis() ?? session.started_at.toMillis();
  return atMs - endedMs <= FLAG_GRACE_AFTER_END_MS;
}

/**
 * Records one in-call flag in the conversation's alert, in one transaction that re-reads the
 * session and the patient: a flag for an erased (or erasing) patient writes nothing.
 */
export async function raiseInCallFlag(conversationId: string, agentId: string, flag: InCallFlag & { severity: Severity }): Promise<FlagResult> {
  const key = inCallFlagKey(conversationId, flag.patient_words);
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, conversationId);
    if (!session) return "unknown_conversation";
    if (session.agent_id !== agentId) return "foreign_conversation";
    const [patient, alertSnapshot, summarySnapshot] = await Promise.all([
      readPatientInTx(tx, session.patient_id),
      tx.get(alertRef(conversationId)),
      tx.get(summaryRef(conversationId)),
    ]);
    if (!patient || patient.erasure_started_at) return "patient_erased";
    if (!acceptsFlags(session, Date.now())) return "session_closed";
    const alert = alertSnapshot.data();
    if (alert?.flag_keys?.includes(key)) return "duplicate";
    const raisedAt = now();
    const item = {
      category: flag.category,
      severity: flag.severity,
      evidence: flag.patient_words,
      patient_text: flag.patient_words,
      rule_id: "in_call:flag_for_doctor",
      raised_in_call: true,
      raised_at: raisedAt.toDate().toISOString(),
      session_id: conversationId,
    };
    if (!alert) {
      const document: AlertDocument = {
        doctor_id: session.doctor_id,
        patient_id: session.patient_id,
        session_id: conversationId,
        level: "attention",
        severity: flag.severity,
        categories: [flag.category],
        review_reasons: [],
        items: [item],
        item_count: 1,
        attention_item_count: 1,
        state: "open",
        created_at: raisedAt,
        acknowledged_by: null,
        acknowledged_at: null,
        raised_in_call: true,
        raised_in_call_at: raisedAt,
        flag_keys: [key],
      };
      tx.create(alertRef(conversationId), document);
    } else {
      // A flag arriving after the summary's alert (or a second flag): added, the level raised, reopened.
      const attentionItems = alert.level === "attention" ? alert.items : [];
      const items = [...attentionItems, item];
      tx.update(alertRef(conversationId), {
        level: "attention",
        severity: mostSevere([...items.map((i) => i.severity)], "high"),
        categories: [...new Set([...(alert.level === "attention" ? alert.categories : []), flag.category])],
        items,
        item_count: items.length,
        attention_item_count: items.length,
        state: "open",
        acknowledged_by: null,
        acknowledged_at: null,
        raised_in_call: true,
        raised_in_call_at: alert.raised_in_call_at ?? raisedAt,
        flag_keys: FieldValue.arrayUnion(key),
      });
    }
    // The summary was already written (a late flag): it carries the flag too.
    if (summarySnapshot.exists) {
      tx.update(summaryRef(conversationId), { requires_attention: FieldValue.arrayUnion({ ...item, session_ended_at: session.ended_at ?? raisedAt }) });
    }
    return alert ? "added" : "raised";
  });
}

/** The flags raised in a conversation's call, as its alert holds them. */
export function inCallFlagsOf(alert: AlertDocument | undefined): InCallFlag[] {
  return (alert?.items ?? [])
    .filter((item) => item.raised_in_call === true && item.rule_id === "in_call:flag_for_doctor" && typeof item.patient_text === "string")
    .map((item) => ({ category: String(item.category), severity: String(item.severity), patient_words: String(item.patient_text) }));
}
