// A doctor's own records: loaded by id with the ownership check, or listed newest first.
import { AppError } from "../errors";
import type { DocumentData } from "../services/data";
import type { Page, PageRequest } from "../repositories/pagination";
import { listRecordsOf, readOwnedRecord, type OwnedCollection, type OwnedRecord } from "../repositories/owned-records";
import { assertOwnedBy, type Caller } from "./auth";

/** Another doctor's record reads as forbidden; admins may load any record. */
export async function loadOwnedRecord(collection: OwnedCollection, id: string, caller: Caller, what: string): Promise<OwnedRecord> {
  const data = await readOwnedRecord(collection, id);
  if (caller.role !== "admin") assertOwnedBy(data, caller.uid, what);
  if (!data) throw new AppError("notFound", `No such ${what}.`);
  return { id, data };
}

/** One page of a doctor's records, newest first. */
export function listOwnedRecords(collection: OwnedCollection, doctorId: string, page: PageRequest): Promise<Page<OwnedRecord<DocumentData>>> {
  return listRecordsOf(collection, doctorId, page);
}
