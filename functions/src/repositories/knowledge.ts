// Knowledge documents uploaded as files: the record, written pending before the ElevenLabs
// upload and marked synced after, or removed when the upload fails (nothing half-written).
import type { Timestamp } from "firebase-admin/firestore";
import { col, increment, now, statsDoc } from "../services/data";
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
  sync_status: "pending" | "synced" | "failed";
  elevenlabs_document_id: string | null;
  created_at: Timestamp;
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
