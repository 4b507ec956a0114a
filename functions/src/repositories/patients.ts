// Patients: the record a doctor creates, linked to the patient's account on invite redemption,
// marked while an erasure runs and deleted when it completes; the doctor's directory (paged,
// searchable by name), renames and re-issued invites.
import type { DocumentReference, DocumentSnapshot, Timestamp, Transaction } from "firebase-admin/firestore";
import { nameSearchKey, nameSearchKeys } from "../domain/name-search";
import { col, deleteField, increment, isoTime, now, statsDoc, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import { addAuditEntry } from "./audit";
import { newInvite } from "./invites";
import { fetchPage, type Page, type PageRequest } from "./pagination";

export interface PatientDocument {
  doctor_id: string;
  display_name: string;
  /** Normalized name prefixes for the directory's search (domain/name-search). */
  search_keys?: string[];
  /** The patient's own account, once they redeemed their invite. */
  uid: string | null;
  invite: { expires_at: Timestamp; redeemed_at: Timestamp | null };
  created_at: Timestamp;
  updated_at?: Timestamp;
  /** Set when an erasure starts: from then on the patient reads as gone everywhere. */
  erasure_started_at?: Timestamp;
  summary_counts?: { sessions: number; answered: number; unanswered: number; attention: number };
  last_session_at?: Timestamp;
}

export interface Patient extends PatientDocument {
  id: string;
}

export const patientRef = (patientId: string) => col("patients").doc(patientId) as DocumentReference<PatientDocument>;

function fromSnapshot(snapshot: DocumentSnapshot): Patient | undefined {
  const data = snapshot.data() as PatientDocument | undefined;
  return data ? { id: snapshot.id, ...data } : undefined;
}

/** The record, erasing or not; `undefined` when there is none. */
export async function loadPatientRecord(patientId: string): Promise<Patient | undefined> {
  return fromSnapshot(await patientRef(patientId).get());
}

/** A patient whose erasure has started no longer exists for any caller. */
export const isActivePatient = (patient: Patient | undefined): patient is Patient => patient !== undefined && !patient.erasure_started_at;

export async function loadActivePatient(patientId: string): Promise<Patient | undefined> {
  const patient = await loadPatientRecord(patientId);
  return isActivePatient(patient) ? patient : undefined;
}

export async function readPatientInTx(tx: Transaction, patientId: string): Promise<Patient | undefined> {
  return fromSnapshot(await tx.get(patientRef(patientId)));
}

/** The record, its invite and the audit entry, in one commit; returns the new patient id. */
export async function createPatientWithInvite(input: {
  doctorId: string;
  displayName: string;
  inviteCode: string;
  inviteExpiresAt: Timestamp;
  actor: { uid: string; role: string };
}): Promise<string> {
  const ref = col("patients").doc();
  const document: PatientDocument = {
    doctor_id: input.doctorId,
    display_name: input.displayName,
    ...searchFields(input.displayName),
    uid: null,
    invite: { expires_at: input.inviteExpiresAt, redeemed_at: null },
    created_at: now(),
  };
  const invite = newInvite(input.inviteCode, ref.id, input.doctorId, input.inviteExpiresAt);
  const batch = db().batch();
  batch.create(ref, document);
  batch.create(invite.ref, invite.document);
  addAuditEntry(batch, { actorUid: input.actor.uid, actorRole: input.actor.role, action: "patient.created", patientId: ref.id });
  await batch.commit();
  return ref.id;
}

export function linkAccountInTx(tx: Transaction, patientId: string, uid: string): void {
  tx.update(patientRef(patientId), { uid, "invite.redeemed_at": now() });
}

/** Per-patient counts, kept with the summary they count. */
export function countOutcomeInTx(tx: Transaction, patientId: string, counts: { answered: number; unanswered: number; attention: number }, endedAt: Timestamp): void {
  tx.set(
    patientRef(patientId),
    {
      summary_counts: {
        sessions: increment(1),
        answered: increment(counts.answered),
        unanswered: increment(counts.unanswered),
        attention: increment(counts.attention),
      },
      last_session_at: endedAt,
    } as never,
    { merge: true },
  );
}

export function markErasingInTx(tx: Transaction, patientId: string): void {
  tx.update(patientRef(patientId), { erasure_started_at: now(), display_name: deleteField(), search_keys: deleteField() });
}

/** Deletes the record and lowers the doctor's patient count, once. */
export function deletePatientInTx(tx: Transaction, patient: Patient): void {
  tx.delete(patientRef(patient.id));
  tx.set(statsDoc(patient.doctor_id), { counts: { patients: increment(-1) } }, { merge: true });
}

// ---- the doctor's directory

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

export function patientView(id: string, doc: PatientDocument): PatientView {
  const counts: Partial<NonNullable<PatientDocument["summary_counts"]>> = doc.summary_counts ?? {};
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

/** A doctor's patients, newest first; with a query, those whose name matches it. Erasing patients are left out. */
export async function listPatients(doctorId: string, query: string | undefined, page: PageRequest): Promise<Page<PatientView>> {
  let q = col("patients").where("doctor_id", "==", doctorId);
  const key = query === undefined ? undefined : nameSearchKey(query);
  if (key) q = q.where("search_keys", "array-contains", key);
  const result = await fetchPage(q, "created_at", page, (snapshot: DocumentSnapshot) => snapshot);
  return {
    items: result.items.filter((s) => !s.get("erasure_started_at")).map((s) => patientView(s.id, s.data() as PatientDocument)),
    next_cursor: result.next_cursor,
  };
}

export async function renamePatient(patientId: string, displayName: string, actor: { uid: string; role: string }): Promise<void> {
  const batch = db().batch();
  batch.update(patientRef(patientId), { display_name: displayName, ...searchFields(displayName), updated_at: now() });
  addAuditEntry(batch, { actorUid: actor.uid, actorRole: actor.role, action: "patient.renamed", patientId });
  await batch.commit();
}

/**
 * A new single-use invite replaces every earlier one of the patient. A linked account is unlinked:
 * whoever redeems the new code becomes this patient (a lost phone, a new account), and the old
 * account's access is revoked by the caller.
 */
export async function replaceInvite(
  patientId: string,
  inviteCode: string,
  validHours: number,
  actor: { uid: string; role: string },
): Promise<{ previousUid: string | null; expiresAt: Timestamp }> {
  const expiresAt = timestampFromMillis(Date.now() + validHours * 3600_000);
  const ref = patientRef(patientId);
  const previousUid = await db().runTransaction(async (tx) => {
    const [current, earlier] = await Promise.all([tx.get(ref), tx.get(col("invites").where("patient_id", "==", patientId))]);
    for (const invite of earlier.docs) tx.delete(invite.ref);
    const invite = newInvite(inviteCode, patientId, current.get("doctor_id"), expiresAt);
    tx.create(invite.ref, invite.document);
    tx.update(ref, { uid: null, invite: { expires_at: expiresAt, redeemed_at: null }, updated_at: now() });
    addAuditEntry(tx, { actorUid: actor.uid, actorRole: actor.role, action: "patient.invite_reissued", patientId });
    return (current.get("uid") as string | null) ?? null;
  });
  return { previousUid, expiresAt };
}
