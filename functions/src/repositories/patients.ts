// The patients aggregate: typed documents, the doctor's directory (paged, searchable by name),
// renames and invites. The only module here that reads or writes `patients` for the web app's views.
import type { DocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { nameSearchKey, nameSearchKeys } from "../domain/name-search";
import { auditRecord, col, now, timestampFromMillis, isoTime } from "../services/data";
import { db } from "../services/firebase";
import { fetchPage, type Page, type PageRequest } from "./pagination";

export interface PatientDoc {
  doctor_id: string;
  display_name: string;
  search_keys?: string[];
  uid: string | null;
  invite: { code_hash: string; expires_at: Timestamp; redeemed_at: Timestamp | null };
  summary_counts?: { sessions?: number; answered?: number; unanswered?: number; attention?: number };
  last_session_at?: Timestamp;
  created_at: Timestamp;
  erased_at?: Timestamp;
}

export interface PatientView {
  patient_id: string;
  doctor_id: string;
  display_name: string;
  linked: boolean;
  invite_expires_at: string | null;
  invite_redeemed_at: string | null;
  summary_counts: { sessions: number; answered: number; unanswered: number; attention: number };
  last_session_at: string | null;
  created_at: string | null;
}

export const patientRef = (patientId: string) => col("patients").doc(patientId);

export function patientView(id: string, doc: PatientDoc): PatientView {
  const counts = doc.summary_counts ?? {};
  return {
    patient_id: id,
    doctor_id: doc.doctor_id,
    display_name: doc.display_name,
    linked: Boolean(doc.uid),
    invite_expires_at: isoTime(doc.invite?.expires_at),
    invite_redeemed_at: isoTime(doc.invite?.redeemed_at),
    summary_counts: { sessions: counts.sessions ?? 0, answered: counts.answered ?? 0, unanswered: counts.unanswered ?? 0, attention: counts.attention ?? 0 },
    last_session_at: isoTime(doc.last_session_at),
    created_at: isoTime(doc.created_at),
  };
}

/** Fields a patient document carries for the directory's name search. */
export const searchFields = (displayName: string) => ({ search_keys: nameSearchKeys(displayName) });

export async function loadPatient(patientId: string): Promise<PatientDoc | undefined> {
  const snapshot = await patientRef(patientId).get();
  const data = snapshot.data() as PatientDoc | undefined;
  return data && !data.erased_at ? data : undefined;
}

/** A doctor's patients, newest first; with a query, those whose name matches it. */
export async function listPatients(doctorId: string, query: string | undefined, page: PageRequest): Promise<Page<PatientView>> {
  let q = col("patients").where("doctor_id", "==", doctorId);
  const key = query === undefined ? undefined : nameSearchKey(query);
  if (key) q = q.where("search_keys", "array-contains", key);
  const result = await fetchPage(q, "created_at", page, (snapshot: DocumentSnapshot) => snapshot);
  return {
    items: result.items.filter((s) => !s.get("erased_at")).map((s) => patientView(s.id, s.data() as PatientDoc)),
    next_cursor: result.next_cursor,
  };
}

export async function renamePatient(patientId: string, displayName: string, actor: { uid: string; role: string }): Promise<void> {
  const batch = db().batch();
  batch.update(patientRef(patientId), { display_name: displayName, ...searchFields(displayName), updated_at: now() });
  batch.create(col("audit").doc(), auditRecord({ actorUid: actor.uid, actorRole: actor.role, action: "patient.renamed", patientId }));
  await batch.commit();
}

/**
 * A new single-use invite replaces the old one. A linked account is unlinked: whoever redeems
 * the new code becomes this patient (a lost phone, a new account), and the old account's access
 * is revoked by the caller.
 */
export async function replaceInvite(
  patientId: string,
  codeHash: string,
  validHours: number,
  actor: { uid: string; role: string },
): Promise<{ previousUid: string | null; expiresAt: Timestamp }> {
  const expiresAt = timestampFromMillis(Date.now() + validHours * 3600_000);
  const ref = patientRef(patientId);
  const previousUid = await db().runTransaction(async (tx) => {
    const current = (await tx.get(ref)).data() as PatientDoc | undefined;
    tx.update(ref, { uid: null, invite: { code_hash: codeHash, expires_at: expiresAt, redeemed_at: null }, updated_at: now() });
    tx.create(col("audit").doc(), auditRecord({ actorUid: actor.uid, actorRole: actor.role, action: "patient.invite_reissued", patientId }));
    return current?.uid ?? null;
  });
  return { previousUid, expiresAt };
}
