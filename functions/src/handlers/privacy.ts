// Erasure and retention: a patient's health data can be removed everywhere it lives
// (Firestore, Storage, ElevenLabs), leaving only a receipt without health content.
import { onSchedule } from "firebase-functions/v2/scheduler";

import { elevenLabsApiKey, retentionDays } from "../config";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { audit, col, increment, now, statsDoc, timestampFromMillis } from "../services/data";
import { adminAuth, db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { deletePrefix } from "../services/storage";
import { onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { contracts } from "./lazy-contracts";

export async function erasePatient(caller: Caller, data: unknown) {
  const { patient_id } = parseInput(contracts().PatientIdRequest, data);
  const patientRef = col("patients").doc(patient_id);
  const patient = (await patientRef.get()).data();
  if (!patient) throw new AppError("notFound", "No such patient.");
  if (caller.role !== "admin" && patient.doctor_id !== caller.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");

  const sessions = await col("sessions").where("patient_id", "==", patient_id).get();
  // ElevenLabs first: if it fails, nothing here is deleted yet and the erasure can simply be retried.
  for (const session of sessions.docs) await elevenLabs.deleteConversation(session.get("conversation_id"));
  const objects = await deletePrefix(`patients/${patient_id}/`);

  const refs = sessions.docs.flatMap((s) => [s.ref, col("summaries").doc(s.id), col("alerts").doc(s.id), col("inbox").doc(s.get("conversation_id"))]);
  const openAlerts = await db().getAll(...sessions.docs.map((s) => col("alerts").doc(s.id)));
  let documents = 0;
  for (let i = 0; i < refs.length; i += 400) {
    const batch = db().batch();
    for (const ref of refs.slice(i, i + 400)) batch.delete(ref);
    await batch.commit();
  }
  documents += refs.length;
  const receipt = col("receipts").doc();
  const openItems = openAlerts.filter((a) => a.get("state") === "open").reduce((n, a) => n + (a.get("item_count") ?? 0), 0);
  await db().runTransaction(async (tx) => {
    tx.delete(patientRef);
    tx.set(statsDoc(patient.doctor_id), { counts: { patients: increment(-1) } }, { merge: true });
    tx.set(col("stats").doc(patient.doctor_id).collection("shards").doc("0"), { totals: { attention_open: increment(-openItems) } }, { merge: true });
    tx.create(receipt, {
      patient_id,
      doctor_id: patient.doctor_id,
      erased_by: caller.uid,
      erased_at: now(),
      sessions: sessions.size,
      documents: documents + 1,
      storage_objects: objects,
      elevenlabs_conversations: sessions.size,
    });
  });
  if (patient.uid) {
    // The account keeps existing but is no longer this patient: no claims, tokens revoked.
    await adminAuth().setCustomUserClaims(patient.uid, {});
    await adminAuth().revokeRefreshTokens(patient.uid);
  }
  await audit({ actorUid: caller.uid, actorRole: caller.role, action: "patient.erased", patientId: patient_id });
  logs.patientErased({ patientId: patient_id, documents: documents + 1, objects, conversations: sessions.size });
  return { receipt_id: receipt.id, patient_id, sessions: sessions.size, documents: documents + 1, storage_objects: objects, elevenlabs_conversations: sessions.size };
}

/** Deletes transcripts (inbox payloads, ElevenLabs conversations) and summaries older than the retention param. */
export async function applyRetention(): Promise<{ deletedSummaries: number; deletedConversations: number }> {
  const cutoff = timestampFromMillis(Date.now() - retentionDays.value() * 86400_000);
  const old = await col("summaries").where("ended_at", "<", cutoff).limit(200).get();
  let deletedConversations = 0;
  for (const summary of old.docs) {
    const session = (await col("sessions").doc(summary.id).get()).data();
    if (session?.conversation_id) {
      await elevenLabs.deleteConversation(session.conversation_id);
      deletedConversations++;
    }
    const batch = db().batch();
    batch.delete(summary.ref);
    if (session?.conversation_id) batch.delete(col("inbox").doc(session.conversation_id));
    batch.set(col("sessions").doc(summary.id), { retention_purged_at: now() }, { merge: true });
    await batch.commit();
  }
  logs.retentionRun({ deletedSummaries: old.size, deletedConversations });
  return { deletedSummaries: old.size, deletedConversations };
}

export const privacyOperations = { erasePatient: onlyFor("doctor", "admin")(erasePatient) };
export const erasePatientCallable = callable("erasePatient", privacyOperations.erasePatient, { secrets: [elevenLabsApiKey] });
export const applyRetentionScheduled = onSchedule({ schedule: "every day 03:00", secrets: [elevenLabsApiKey], timeoutSeconds: 540 }, async () => {
  await applyRetention();
});
