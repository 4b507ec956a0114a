// Patients: the record a doctor creates, linked to the patient's account on invite redemption,
// marked while an erasure runs and deleted when it completes.
import type { DocumentReference, DocumentSnapshot, Timestamp, Transaction } from "firebase-admin/firestore";
import { col, deleteField, increment, now, statsDoc } from "../services/data";
import { db } from "../services/firebase";
import { addAuditEntry } from "./audit";
import { newInvite } from "./invites";

export interface PatientDocument {
  doctor_id: string;
  display_name: string;
  /** The patient's own account, once they redeemed their invite. */
  uid: string | null;
  invite: { expires_at: Timestamp; redeemed_at: Timestamp | null };
  created_at: Timestamp;
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
  tx.update(patientRef(patientId), { erasure_started_at: now(), display_name: deleteField() });
}

/** Deletes the record and lowers the doctor's patient count, once. */
export function deletePatientInTx(tx: Transaction, patient: Patient): void {
  tx.delete(patientRef(patient.id));
  tx.set(statsDoc(patient.doctor_id), { counts: { patients: increment(-1) } }, { merge: true });
}
