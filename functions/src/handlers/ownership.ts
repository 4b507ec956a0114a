// A doctor's own records: loaded by id with the ownership check, or listed newest first.
import { AppError } from "../errors";
import { col, type DocumentData } from "../services/data";
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

/** The newest 200 of a doctor's records. */
export async function listOwnedRecords(collection: OwnedCollection, doctorId: string): Promise<{ id: string; data: DocumentData }[]> {
  const snapshot = await col(collection).where("doctor_id", "==", doctorId).orderBy("created_at", "desc").limit(200).get();
  return snapshot.docs.map((doc) => ({ id: doc.id, data: doc.data() }));
}
