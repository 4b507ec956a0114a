// Erasure jobs (erasure_jobs/{patientId}) and their receipts (deletion_receipts/{receiptId}).
// A job records its progress in the same commit as each deletion, so an erasure that stops
// midway (crash, timeout, ElevenLabs down) resumes where it stopped, and a finished job answers a
// repeated request with the same receipt. Neither holds health content.
import type { DocumentReference, Timestamp, WriteBatch } from "firebase-admin/firestore";
import { AppError } from "../errors";
import { col, deleteField, increment, now, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import { alertRef } from "./alerts";
import { inboxRef } from "./inbox";
import { deletePatientInTx, markErasingInTx, readPatientInTx } from "./patients";
import { sessionRef, type Session } from "./sessions";
import { summaryRef } from "./summaries";

export interface ErasureCounts {
  sessions: number;
  documents: number;
  storage_objects: number;
  elevenlabs_conversations: number;
  statistics_reverted: number;
}

export interface ErasureJobDocument {
  patient_id: string;
  doctor_id: string;
  requested_by: string;
  receipt_id: string;
  status: "running" | "done";
  /** The patient's account, until the job is done: its claims are removed and tokens revoked. */
  account_uid?: string | null;
  started_at: Timestamp;
  updated_at: Timestamp;
  lease_until: Timestamp | null;
  runs: number;
  progress: ErasureCounts;
  completed_at?: Timestamp;
}

export interface ReceiptDocument extends ErasureCounts {
  patient_id: string;
  doctor_id: string;
  erased_by: string;
  started_at: Timestamp;
  erased_at: Timestamp;
}

const jobRef = (patientId: string) => col("erasureJobs").doc(patientId) as DocumentReference<ErasureJobDocument>;
const receiptRef = (receiptId: string) => col("receipts").doc(receiptId) as DocumentReference<ReceiptDocument>;

const ZERO: ErasureCounts = { sessions: 0, documents: 0, storage_objects: 0, elevenlabs_conversations: 0, statistics_reverted: 0 };

export type Begun = { state: "done"; job: ErasureJobDocument } | { state: "run"; job: ErasureJobDocument };

/**
 * Starts an erasure, resumes one whose worker stopped (its lease expired), or finds it done.
 * Starting marks the patient as being erased in the same commit: from then on every route reads
 * the patient as gone and no pipeline writes anything about them.
 */
export async function beginErasure(patientId: string, actor: { uid: string; role: string }, leaseMs: number): Promise<Begun> {
  return db().runTransaction(async (tx) => {
    const jobSnapshot = await tx.get(jobRef(patientId));
    const patient = await readPatientInTx(tx, patientId);
    const job = jobSnapshot.data();
    const doctorId = job?.doctor_id ?? patient?.doctor_id;
    if (!doctorId) throw new AppError("notFound", "No such patient.");
    if (actor.role !== "admin" && doctorId !== actor.uid) throw new AppError("forbidden", "This patient belongs to another doctor.");
    if (job?.status === "done") return { state: "done", job };
    if (job?.lease_until && job.lease_until.toMillis() > Date.now()) {
      throw new AppError("conflict", "This patient's erasure is already running; ask again in a minute for its receipt.");
    }
    const leaseUntil = timestampFromMillis(Date.now() + leaseMs);
    if (!job) {
      const created: ErasureJobDocument = {
        patient_id: patientId,
        doctor_id: doctorId,
        requested_by: actor.uid,
        receipt_id: col("receipts").doc().id,
        status: "running",
        account_uid: patient?.uid ?? null,
        started_at: now(),
        updated_at: now(),
        lease_until: leaseUntil,
        runs: 1,
        progress: { ...ZERO },
      };
      tx.create(jobRef(patientId), created);
      if (patient && !patient.erasure_started_at) markErasingInTx(tx, patientId);
      return { state: "run", job: created };
    }
    tx.update(jobRef(patientId), { lease_until: leaseUntil, updated_at: now(), runs: increment(1) });
    return { state: "run", job: { ...job, lease_until: leaseUntil } };
  });
}

/** Progress and a renewed lease, in the same commit as the deletions they count. */
export function recordProgressInBatch(batch: WriteBatch, patientId: string, counts: Partial<ErasureCounts>, leaseMs: number): void {
  const progress = Object.fromEntries(Object.entries(counts).map(([key, value]) => [`progress.${key}`, increment(value ?? 0)]));
  batch.update(jobRef(patientId), { ...progress, updated_at: now(), lease_until: timestampFromMillis(Date.now() + leaseMs) });
}

/** Gives the job back to whoever asks next (or the reconciler), keeping its progress. */
export async function releaseErasure(patientId: string): Promise<void> {
  await jobRef(patientId).update({ lease_until: timestampFromMillis(0), updated_at: now() }).catch(() => undefined);
}

/** The last commit: the patient record goes, the receipt is written and the job is done. */
export async function finishErasure(patientId: string, actorUid: string): Promise<ErasureJobDocument> {
  return db().runTransaction(async (tx) => {
    const job = (await tx.get(jobRef(patientId))).data();
    const patient = await readPatientInTx(tx, patientId);
    if (!job) throw new AppError("notFound", "No such erasure.");
    if (job.status === "done") return job;
    const progress = { ...job.progress, documents: job.progress.documents + (patient ? 1 : 0) };
    if (patient) deletePatientInTx(tx, patient);
    const completedAt = now();
    tx.create(receiptRef(job.receipt_id), {
      ...progress,
      patient_id: patientId,
      doctor_id: job.doctor_id,
      erased_by: actorUid,
      started_at: job.started_at,
      erased_at: completedAt,
    });
    tx.update(jobRef(patientId), { status: "done", progress, completed_at: completedAt, lease_until: null, account_uid: deleteField(), updated_at: completedAt });
    return { ...job, status: "done", progress, completed_at: completedAt, account_uid: null };
  });
}

/** Jobs whose worker stopped without finishing: resumed by the reconciler. */
export async function stalledErasures(limit: number): Promise<string[]> {
  const stalled = await col("erasureJobs").where("status", "==", "running").where("lease_until", "<", now()).limit(limit).get();
  return stalled.docs.map((d) => d.id);
}

export async function deleteDocumentsInBatches(refs: DocumentReference[], patientId: string, leaseMs: number): Promise<number> {
  for (let i = 0; i < refs.length; i += 400) {
    const batch = db().batch();
    const slice = refs.slice(i, i + 400);
    for (const ref of slice) batch.delete(ref);
    recordProgressInBatch(batch, patientId, { documents: slice.length }, leaseMs);
    await batch.commit();
  }
  return refs.length;
}

/** One session's documents (session, summary, alert, inbox copy) and the job's progress, in one commit. */
export async function eraseSessionDocuments(
  patientId: string,
  session: Session,
  done: { conversationDeleted: boolean; statisticsReverted: boolean },
  leaseMs: number,
): Promise<void> {
  const related = [summaryRef(session.id), alertRef(session.id), inboxRef(session.conversation_id)] as DocumentReference[];
  const existing = (await db().getAll(...related)).filter((s) => s.exists);
  const batch = db().batch();
  for (const doc of existing) batch.delete(doc.ref);
  batch.delete(sessionRef(session.id));
  recordProgressInBatch(
    batch,
    patientId,
    {
      sessions: 1,
      documents: existing.length + 1,
      elevenlabs_conversations: done.conversationDeleted ? 1 : 0,
      statistics_reverted: done.statisticsReverted ? 1 : 0,
    },
    leaseMs,
  );
  await batch.commit();
}

export async function recordStorageErased(patientId: string, objects: number, leaseMs: number): Promise<void> {
  const batch = db().batch();
  recordProgressInBatch(batch, patientId, { storage_objects: objects }, leaseMs);
  await batch.commit();
}
