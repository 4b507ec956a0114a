// Owns our Firestore data: collection names, document shapes we rely on, and the queries.
import type { DocumentData, Timestamp, Transaction } from "firebase-admin/firestore";
import { db, firestoreModule } from "./firebase";

export const COLLECTIONS = {
  doctors: "doctors",
  patients: "patients",
  knowledge: "knowledge",
  agents: "agents",
  audio: "audio",
  sessions: "sessions",
  inbox: "conversation_inbox",
  summaries: "session_summaries",
  alerts: "alerts",
  stats: "doctor_stats",
  audit: "audit_log",
  receipts: "deletion_receipts",
  conversationLines: "conversation_lines",
  invites: "invites",
  rateLimits: "rate_limits",
  spendQuotas: "spend_quotas",
  erasureJobs: "erasure_jobs",
} as const;

/** Subcollections of doctor_stats/{doctorId}. */
export const STATS_SUBCOLLECTIONS = { shards: "shards", gaps: "knowledge_gaps" } as const;

export const STATS_SHARDS = 16;

export const col = (name: keyof typeof COLLECTIONS) => db().collection(COLLECTIONS[name]);
export const statsDoc = (doctorId: string) => col("stats").doc(doctorId);
export const statsShard = (doctorId: string, shard: number) => statsDoc(doctorId).collection(STATS_SUBCOLLECTIONS.shards).doc(String(shard));

export const now = () => firestoreModule().Timestamp.now();
export const timestampFromMillis = (ms: number) => firestoreModule().Timestamp.fromMillis(ms);
export const increment = (n: number) => firestoreModule().FieldValue.increment(n);
export const serverTime = () => firestoreModule().FieldValue.serverTimestamp();
export const deleteField = () => firestoreModule().FieldValue.delete();
export const firestoreAggregate = () => ({ AggregateField: firestoreModule().AggregateField });
export type { DocumentData, Timestamp, Transaction };

export async function getData(name: keyof typeof COLLECTIONS, id: string): Promise<DocumentData | undefined> {
  const snapshot = await col(name).doc(id).get();
  return snapshot.exists ? snapshot.data() : undefined;
}

export type CountedField = "knowledge_documents" | "agents" | "audio" | "patients";

/** Keeps the dashboard's document counts (knowledge, agents, audio, patients) in one document. */
export function countChange(doctorId: string, field: CountedField, delta: number) {
  return statsDoc(doctorId).set({ counts: { [field]: increment(delta) } }, { merge: true });
}

/** Deletes a counted record and lowers its count in one commit. */
export async function deleteCounted(ref: FirebaseFirestore.DocumentReference, doctorId: string, field: CountedField) {
  const batch = db().batch();
  batch.delete(ref);
  batch.set(statsDoc(doctorId), { counts: { [field]: increment(-1) } }, { merge: true });
  await batch.commit();
}

export function isoTime(value: unknown): string | null {
  return value instanceof firestoreModule().Timestamp ? (value as Timestamp).toDate().toISOString() : null;
}
