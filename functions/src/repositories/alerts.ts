// Alerts: one per conversation that needs the doctor (alerts/{sessionId}). Level "attention" for
// requires_attention items, "review" for items held for review or an unreadable language. The
// dashboard's open counts are aggregated from these documents, so no counter has to follow an
// acknowledgement or an erasure.
import type { DocumentReference, QueryDocumentSnapshot, Timestamp, Transaction } from "firebase-admin/firestore";
import type { AlertDecision, AlertLevel, ReviewReason, Severity } from "../domain/alerts";
import { AppError } from "../errors";
import { col, firestoreAggregate, now } from "../services/data";
import { db } from "../services/firebase";
import { fetchPage, type Page, type PageRequest } from "./pagination";

export interface AlertDocument {
  doctor_id: string;
  patient_id: string;
  session_id: string;
  level: AlertLevel;
  severity: Severity;
  categories: string[];
  review_reasons: ReviewReason[];
  items: Record<string, unknown>[];
  item_count: number;
  /** Open attention items this alert adds to the dashboard (0 for a review alert). */
  attention_item_count: number;
  state: "open" | "acknowledged";
  created_at: Timestamp;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
  /** The agent raised it during the call (flag_for_doctor), before the summary existed. */
  raised_in_call?: boolean;
  raised_in_call_at?: Timestamp | null;
  /** Idempotency keys of the in-call flags it holds (conversation + the patient's words). */
  flag_keys?: string[];
}

export interface Alert extends AlertDocument {
  id: string;
}

export const alertRef = (sessionId: string) => col("alerts").doc(sessionId) as DocumentReference<AlertDocument>;
const toAlert = (doc: QueryDocumentSnapshot) => ({ id: doc.id, ...(doc.data() as AlertDocument) });

/**
 * The conversation's alert from its summary. An alert the agent already raised in the call keeps
 * its first time, its in-call marks and its flag keys; an acknowledgement stands when the summary
 * adds nothing beyond what was raised in the call.
 */
export function writeAlertInTx(
  tx: Transaction,
  session: { id: string; doctor_id: string; patient_id: string },
  decision: AlertDecision,
  withSession: (item: Record<string, unknown>) => Record<string, unknown>,
  inCall?: AlertDocument,
): void {
  const onlyInCall = decision.level === "attention" && decision.items.every((item) => item.raised_in_call === true);
  const keepAcknowledged = inCall?.state === "acknowledged" && onlyInCall;
  const document: AlertDocument = {
    doctor_id: session.doctor_id,
    patient_id: session.patient_id,
    session_id: session.id,
    level: decision.level,
    severity: decision.severity,
    categories: decision.categories,
    review_reasons: decision.reviewReasons,
    items: decision.items.map(withSession),
    item_count: decision.items.length,
    attention_item_count: decision.attentionItemCount,
    state: keepAcknowledged ? "acknowledged" : "open",
    created_at: inCall?.created_at ?? now(),
    acknowledged_by: keepAcknowledged ? inCall.acknowledged_by : null,
    acknowledged_at: keepAcknowledged ? inCall.acknowledged_at : null,
    ...(inCall?.raised_in_call ? { raised_in_call: true, raised_in_call_at: inCall.raised_in_call_at ?? null, flag_keys: inCall.flag_keys ?? [] } : {}),
  };
  tx.set(alertRef(session.id), document);
}

/** A doctor's open alerts, newest first, one page at a time. */
export async function listOpenAlerts(doctorId: string, page: PageRequest): Promise<Page<Alert>> {
  const open = col("alerts").where("doctor_id", "==", doctorId).where("state", "==", "open");
  return fetchPage(open, "created_at", page, (doc) => toAlert(doc as QueryDocumentSnapshot));
}

/** Open alerts and their attention items, counted by the database: one aggregation query. */
export async function openAlertTotals(doctorId: string): Promise<{ alerts: number; attentionItems: number }> {
  const { AggregateField } = firestoreAggregate();
  const result = await col("alerts")
    .where("doctor_id", "==", doctorId)
    .where("state", "==", "open")
    .aggregate({ alerts: AggregateField.count(), attentionItems: AggregateField.sum("attention_item_count") })
    .get();
  return { alerts: result.data().alerts ?? 0, attentionItems: result.data().attentionItems ?? 0 };
}

/** open -> acknowledged, once; records who and when. The caller must be the doctor or an admin. */
export async function acknowledgeAlert(alertId: string, by: { uid: string; role: string }): Promise<Alert> {
  const ref = alertRef(alertId);
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const alert = snapshot.data();
    if (!alert) throw new AppError("notFound", "No such alert.");
    if (by.role !== "admin" && alert.doctor_id !== by.uid) throw new AppError("forbidden", "This alert belongs to another doctor.");
    if (alert.state === "acknowledged") return { id: alertId, ...alert };
    const acknowledgedAt = now();
    tx.update(ref, { state: "acknowledged", acknowledged_by: by.uid, acknowledged_at: acknowledgedAt });
    return { id: alertId, ...alert, state: "acknowledged", acknowledged_by: by.uid, acknowledged_at: acknowledgedAt };
  });
}

export async function alertRefsOfPatient(patientId: string, limit: number) {
  return (await col("alerts").where("patient_id", "==", patientId).select().limit(limit).get()).docs.map((d) => d.ref);
}

/** Alerts created before the cutoff (retention), oldest first. */
export async function alertRefsCreatedBefore(cutoff: Timestamp, limit: number) {
  return (await col("alerts").where("created_at", "<", cutoff).orderBy("created_at").select().limit(limit).get()).docs.map((d) => d.ref);
}
