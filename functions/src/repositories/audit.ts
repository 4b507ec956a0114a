// The audit log: who read or changed which patient's data, append-only. A patient appears only as
// a keyed pseudonym (HMAC with AUDIT_PSEUDONYM_KEY): the log stays useful to an administrator who
// knows a patient id, and says nothing about a patient once erasure has removed that id.
// Staff are named by uid (accountability); a patient acting for themselves is a pseudonym too.
import type { Transaction, WriteBatch } from "firebase-admin/firestore";
import { auditPseudonymKey } from "../config";
import { pseudonym } from "../domain/keyed-digest";
import { col, serverTime } from "../services/data";

export interface AuditEntry {
  actorUid: string;
  actorRole: string;
  action: string;
  patientId: string;
}

/** The stored shape: never a patient id, a patient's uid or health content. */
export interface AuditDocument {
  actor_uid: string | null;
  actor_ref: string | null;
  actor_role: string;
  action: string;
  patient_ref: string;
  at: FirebaseFirestore.FieldValue;
}

export const patientPseudonym = (patientId: string) => pseudonym(auditPseudonymKey.value(), "audit-subject", `patient:${patientId}`);
const accountPseudonym = (uid: string) => pseudonym(auditPseudonymKey.value(), "audit-subject", `account:${uid}`);

export function auditDocument(entry: AuditEntry): AuditDocument {
  const staff = entry.actorRole === "doctor" || entry.actorRole === "admin";
  return {
    actor_uid: staff ? entry.actorUid : null,
    actor_ref: staff ? null : accountPseudonym(entry.actorUid),
    actor_role: entry.actorRole,
    action: entry.action,
    patient_ref: patientPseudonym(entry.patientId),
    at: serverTime(),
  };
}

/** Adds the entry to a batch or transaction, so a change and its audit entry commit together. */
export function addAuditEntry(writer: WriteBatch | Transaction, entry: AuditEntry): void {
  (writer as WriteBatch).create(col("audit").doc(), auditDocument(entry));
}

export async function appendAudit(entry: AuditEntry): Promise<void> {
  await col("audit").add(auditDocument(entry));
}
