// The post-call webhook inbox (conversation_inbox/{conversationId}): the raw payload, kept until
// the summary is written and retention removes it; for zero-retention agents it is the only copy.
// An event is identified by its type, conversation id and event_timestamp: the same event again
// (a replay or a re-delivery) is a duplicate whatever its signature header says.
import { createHash } from "node:crypto";
import type { DocumentReference, Timestamp } from "firebase-admin/firestore";
import { col, now } from "../services/data";
import { db } from "../services/firebase";
import { readPatientInTx } from "./patients";
import { endSessionInTx, readSessionInTx } from "./sessions";

export interface InboxDocument {
  type: string;
  event_key: string;
  event_timestamp: number | null;
  payload_json: string;
  received_at: Timestamp;
}

export const inboxRef = (conversationId: string) => col("inbox").doc(conversationId) as DocumentReference<InboxDocument>;

export const webhookEventKey = (type: string, conversationId: string, eventTimestamp: number | null) =>
  createHash("sha256").update(`${type}\u0000${conversationId}\u0000${eventTimestamp ?? ""}`).digest("hex");

export type InboxResult = "stored" | "duplicate_event" | "duplicate_conversation" | "unknown_conversation" | "patient_erased";

/**
 * Stores the payload and ends the session in one transaction, or drops the event: a conversation
 * we never started (not ours, or its patient erased) and one whose patient is being erased are
 * acknowledged and leave nothing behind.
 */
export async function storeWebhookEvent(
  conversationId: string,
  type: string,
  eventTimestamp: number | null,
  rawBody: string,
  retentionDaysFallback: number,
): Promise<InboxResult> {
  const eventKey = webhookEventKey(type, conversationId, eventTimestamp);
  return db().runTransaction(async (tx) => {
    const session = await readSessionInTx(tx, conversationId);
    if (!session) return "unknown_conversation";
    const [patient, stored] = await Promise.all([readPatientInTx(tx, session.patient_id), tx.get(inboxRef(conversationId))]);
    if (!patient || patient.erasure_started_at) return "patient_erased";
    if (stored.exists) return stored.get("event_key") === eventKey ? "duplicate_event" : "duplicate_conversation";
    // Ending reads the patient's slot, so it goes before this transaction's first write.
    if (session.status === "active" || session.status === "not_connected") await endSessionInTx(tx, session, "webhook", retentionDaysFallback);
    tx.create(inboxRef(conversationId), { type, event_key: eventKey, event_timestamp: eventTimestamp, payload_json: rawBody, received_at: now() });
    return "stored";
  });
}

export async function loadInboxPayload(conversationId: string): Promise<Record<string, unknown> | undefined> {
  const stored = (await inboxRef(conversationId).get()).data();
  if (!stored) return undefined;
  const envelope = JSON.parse(stored.payload_json) as { data?: Record<string, unknown> };
  return envelope.data;
}

/** Inbox copies received before the cutoff (retention), oldest first. */
export async function inboxRefsReceivedBefore(cutoff: Timestamp, limit: number) {
  return (await col("inbox").where("received_at", "<", cutoff).orderBy("received_at").select().limit(limit).get()).docs.map((d) => d.ref);
}
