// Knowledge documents (knowledge/{knowledgeId}): the record is written pending before the
// ElevenLabs upload, then carries its versions (the one agents use and, while a replacement is
// indexing, the newer one); a failed first upload is removed (nothing half-written). The create,
// the delete and the doctor's document count always commit together.
import type { Timestamp } from "firebase-admin/firestore";
import { col, increment, now, statsDoc, type DocumentData } from "../services/data";
import { db } from "../services/firebase";

export interface KnowledgeFileSource {
  kind: "file";
  filename: string;
  content_type: string;
  size_bytes: number;
}

export interface KnowledgeDoc {
  doctor_id: string;
  disease_name: string;
  document_type: string;
  text: string;
  source?: KnowledgeFileSource;
  content_hash: string;
  char_count: number;
  byte_count?: number;
  sync_status: "pending" | "indexing" | "synced" | "failed";
  rag_status?: string | null;
  sync_error?: { code: string; message: string } | null;
  /** The newest version at ElevenLabs (may still be indexing). */
  elevenlabs_document_id: string | null;
  /** The version agents use; null until a first version is ready. */
  agent_document_id?: string | null;
  versions?: KnowledgeVersion[];
  created_at: Timestamp;
  updated_at?: Timestamp;
}

export interface KnowledgeVersion {
  content_hash: string;
  elevenlabs_document_id: string | null;
  replaced_at: string | null;
  characters?: number;
  bytes?: number;
}

export interface KnowledgeRecord {
  id: string;
  /** Undefined when no such record exists. */
  data: KnowledgeDoc | undefined;
}

export const knowledgeRef = (knowledgeId: string) => col("knowledge").doc(knowledgeId);

/** Creates the pending record, or returns the existing one for the same content. */
export async function createPendingFileRecord(
  knowledgeId: string,
  fields: { doctor_id: string; disease_name: string; document_type: string; content_hash: string; source: KnowledgeFileSource },
): Promise<KnowledgeDoc | undefined> {
  const ref = knowledgeRef(knowledgeId);
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.exists) return snapshot.data() as KnowledgeDoc;
    tx.create(ref, {
      ...fields,
      text: "",
      char_count: 0,
      sync_status: "pending",
      elevenlabs_document_id: null,
      versions: [],
      created_at: now(),
      updated_at: now(),
    });
    tx.set(statsDoc(fields.doctor_id), { counts: { knowledge_documents: increment(1) } }, { merge: true });
    return undefined;
  });
}

export async function markFileRecordSynced(knowledgeId: string, contentHash: string, documentId: string, ragStatus: string) {
  await knowledgeRef(knowledgeId).update({
    sync_status: "synced",
    elevenlabs_document_id: documentId,
    rag_status: ragStatus,
    versions: [{ content_hash: contentHash, elevenlabs_document_id: documentId, replaced_at: null }],
    updated_at: now(),
  });
}

export async function removePendingRecord(knowledgeId: string, doctorId: string) {
  const ref = knowledgeRef(knowledgeId);
  await db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.get("sync_status") !== "pending") return;
    tx.delete(ref);
    tx.set(statsDoc(doctorId), { counts: { knowledge_documents: increment(-1) } }, { merge: true });
  });
}

export async function readKnowledge(knowledgeId: string): Promise<KnowledgeDoc | undefined> {
  const snapshot = await knowledgeRef(knowledgeId).get();
  return snapshot.exists ? (snapshot.data() as KnowledgeDoc) : undefined;
}

/** Several records in one round trip (getAll), in the order asked. */
export async function readKnowledgeMany(knowledgeIds: string[]): Promise<KnowledgeRecord[]> {
  if (!knowledgeIds.length) return [];
  return (await db().getAll(...knowledgeIds.map(knowledgeRef))).map(knowledgeRecordOf);
}

export const knowledgeRecordOf = (snapshot: FirebaseFirestore.DocumentSnapshot): KnowledgeRecord => ({
  id: snapshot.id,
  data: snapshot.exists ? (snapshot.data() as KnowledgeDoc) : undefined,
});

export async function updateKnowledge(knowledgeId: string, fields: DocumentData): Promise<void> {
  await knowledgeRef(knowledgeId).update(fields);
}

/** Creates the pending record of a text upload with its count, or returns the record already there. */
export async function createPendingTextRecord(knowledgeId: string, fields: DocumentData & { doctor_id: string }): Promise<KnowledgeDoc | undefined> {
  const ref = knowledgeRef(knowledgeId);
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (snapshot.exists) return snapshot.data() as KnowledgeDoc;
    tx.create(ref, { ...fields, sync_status: "pending", created_at: now(), updated_at: now() });
    tx.set(statsDoc(fields.doctor_id), { counts: { knowledge_documents: increment(1) } }, { merge: true });
    return undefined;
  });
}

/**
 * Records the outcome of an index in a transaction: `fieldsFor` sees the current record and
 * returns the update, or undefined when the record no longer waits for that version (skipped).
 */
export async function settleKnowledgeInTx<T>(knowledgeId: string, fieldsFor: (current: KnowledgeDoc | undefined) => { fields: DocumentData; result: T } | undefined): Promise<T | undefined> {
  const ref = knowledgeRef(knowledgeId);
  return db().runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const decided = fieldsFor(snapshot.exists ? (snapshot.data() as KnowledgeDoc) : undefined);
    if (!decided) return undefined;
    tx.update(ref, decided.fields);
    return decided.result;
  });
}

/** Ids of records still indexing a version, for the scheduled follow-up. */
export async function knowledgeIndexingIds(limit: number): Promise<string[]> {
  return (await col("knowledge").where("sync_status", "==", "indexing").limit(limit).get()).docs.map((doc) => doc.id);
}
