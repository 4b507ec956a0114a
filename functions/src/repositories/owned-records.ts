// A doctor's own records (knowledge, agents, audio): one by id, a page of them newest first, and
// the delete that lowers the dashboard's count in the same commit. Ownership is decided by the
// handler (handlers/ownership.ts); this module only reads and writes.
import { col, deleteCounted, type CountedField, type DocumentData } from "../services/data";
import { fetchPage, type Page, type PageRequest } from "./pagination";

export type OwnedCollection = "knowledge" | "agents" | "audio";

export interface OwnedRecord<T = DocumentData> {
  id: string;
  data: T;
}

export async function readOwnedRecord(collection: OwnedCollection, id: string): Promise<DocumentData | undefined> {
  const snapshot = await col(collection).doc(id).get();
  return snapshot.exists ? snapshot.data() : undefined;
}

/** One page of a doctor's records, newest first. */
export function listRecordsOf(collection: OwnedCollection, doctorId: string, page: PageRequest): Promise<Page<OwnedRecord>> {
  return fetchPage(col(collection).where("doctor_id", "==", doctorId), "created_at", page, (doc) => ({ id: doc.id, data: doc.data() ?? {} }));
}

/** Deletes the record and lowers the doctor's count of it in one commit. */
export function deleteCountedRecord(collection: OwnedCollection, id: string, doctorId: string, field: CountedField): Promise<void> {
  return deleteCounted(col(collection).doc(id), doctorId, field);
}
