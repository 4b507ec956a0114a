// A doctor's own records: loaded by id with the ownership check, or listed newest first.
import { AppError } from "../errors";
import { col, type DocumentData } from "../services/data";
import { fetchPage, type Page, type PageRequest } from "../repositories/pagination";
import { assertOwnedBy, type Caller } from "./auth";

type OwnedCollection = "knowledge" | "agents" | "audio";

/** Another doctor's record reads as forbidden; admins may load any record. */
export async function loadOwnedRecord(collection: OwnedCollection, id: string, caller: Caller, what: string) {
  const snapshot = await col(collection).doc(id).get();
  const data = snapshot.data();
  if (caller.role !== "admin") assertOwnedBy(data, caller.uid, what);
  if (!data) throw new AppError("notFound", `No such ${what}.`);
  return { ref: snapshot.ref, data };
}

/** One page of a doctor's records, newest first. */
export async function listOwnedRecords(collection: OwnedCollection, doctorId: string, page: PageRequest): Promise<Page<{ id: string; data: DocumentData }>> {
  return fetchPage(col(collection).where("doctor_id", "==", doctorId), "created_at", page, (doc) => ({ id: doc.id, data: doc.data() ?? {} }));
}
