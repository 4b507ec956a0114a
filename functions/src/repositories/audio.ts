// Narrated audio. Each record is also its narration job, which the web app can listen to:
//   status  queued -> generating -> draft -> approved      (the job, then the doctor's approval)
//                  \-> failed                              (with the reason, no Storage object)
// A generating job holds a lease; a crashed attempt's lease expires and the queue's retry takes over.
import type { DocumentReference, DocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { col, increment, now, statsDoc, timestampFromMillis } from "../services/data";
import { db } from "../services/firebase";
import type { SpendReservation } from "./quotas";

export type AudioStatus = "queued" | "generating" | "draft" | "approved" | "failed";

export interface AudioDocument {
  doctor_id: string;
  disease_name: string;
  voice_id: string;
  model_id: string;
  script_hash: string;
  char_count: number;
  status: AudioStatus;
  progress: { done: number; total: number };
  storage_path: string;
  created_at: Timestamp;
  updated_at?: Timestamp;
  /** The job: attempts so far, the running attempt's lease, and why it last failed. */
  job_attempts?: number;
  lease_until?: Timestamp | null;
  job_error?: { kind: string; message: string } | null;
  /** The day's text-to-speech budget this narration took; given back if it fails for good. */
  spend?: SpendReservation;
  duration_seconds?: number;
  size_bytes?: number;
  approved_at?: Timestamp;
  approved_by?: string;
}

export interface Audio extends AudioDocument {
  id: string;
}

/** Only finished audio counts on the dashboard. */
export const isFinished = (status: AudioStatus) => status === "draft" || status === "approved";

export const audioRef = (audioId: string) => col("audio").doc(audioId) as DocumentReference<AudioDocument>;
export const newAudioId = () => col("audio").doc().id;

function fromSnapshot(snapshot: DocumentSnapshot): Audio | undefined {
  const data = snapshot.data() as AudioDocument | undefined;
  return data ? { id: snapshot.id, ...data } : undefined;
}

export async function loadAudio(audioId: string): Promise<Audio | undefined> {
  return fromSnapshot(await audioRef(audioId).get());
}

/** The record a new narration job starts from: queued, nothing generated yet. */
export async function createNarrationJob(
  audioId: string,
  fields: Omit<AudioDocument, "status" | "progress" | "created_at" | "updated_at" | "job_attempts" | "job_error"> & { chunks: number },
): Promise<Audio> {
  const { chunks, ...rest } = fields;
  const document: AudioDocument = {
    ...rest,
    status: "queued",
    progress: { done: 0, total: chunks },
    job_attempts: 0,
    job_error: null,
    created_at: now(),
    updated_at: now(),
  };
  await audioRef(audioId).create(document);
  return { id: audioId, ...document };
}

export type JobClaim =
  | { kind: "claimed"; audio: Audio }
  /** Finished, failed, or deleted: nothing to do. */
  | { kind: "over" }
  /** Another attempt holds a live lease. */
  | { kind: "busy" };

/** queued (or generating with an expired lease) -> generating, one more attempt, a fresh lease. */
export async function claimNarrationJob(audioId: string, leaseMs: number): Promise<JobClaim> {
  const ref = audioRef(audioId);
  return db().runTransaction(async (tx) => {
    const audio = fromSnapshot(await tx.get(ref));
    if (!audio || (audio.status !== "queued" && audio.status !== "generating")) return { kind: "over" } as const;
    if (audio.status === "generating" && audio.lease_until && audio.lease_until.toMillis() > Date.now()) return { kind: "busy" } as const;
    const attempts = (audio.job_attempts ?? 0) + 1;
    const update = {
      status: "generating" as const,
      job_attempts: attempts,
      lease_until: timestampFromMillis(Date.now() + leaseMs),
      progress: { done: 0, total: audio.progress.total },
      updated_at: now(),
    };
    tx.update(ref, update);
    return { kind: "claimed", audio: { ...audio, ...update } } as const;
  });
}

/** Rejects with NOT_FOUND when the record was deleted meanwhile: the job then stops. */
export async function reportProgress(audioId: string, done: number): Promise<void> {
  await audioRef(audioId).update({ "progress.done": done, updated_at: now() });
}

/** generating -> draft, and the dashboard's audio count, in one commit; false when the record is gone. */
export async function completeNarration(
  audio: Audio,
  result: { durationSeconds: number; sizeBytes: number },
): Promise<boolean> {
  const ref = audioRef(audio.id);
  return db().runTransaction(async (tx) => {
    const current = fromSnapshot(await tx.get(ref));
    if (!current || current.status !== "generating") return false;
    tx.update(ref, {
      status: "draft",
      duration_seconds: result.durationSeconds,
      size_bytes: result.sizeBytes,
      progress: { done: current.progress.total, total: current.progress.total },
      lease_until: null,
      job_error: null,
      updated_at: now(),
    });
    tx.set(statsDoc(audio.doctor_id), { counts: { audio: increment(1) } }, { merge: true });
    return true;
  });
}

/** Back to the queue after a failure worth another attempt (the task is retried by Cloud Tasks). */
export async function requeueNarration(audioId: string, error: { kind: string; message: string }): Promise<void> {
  await audioRef(audioId).update({ status: "queued", lease_until: null, job_error: error, updated_at: now() }).catch(ignoreMissing);
}

/** The job's final state when it cannot succeed; the reason is shown to the doctor. */
export async function failNarration(audioId: string, error: { kind: string; message: string }): Promise<void> {
  await audioRef(audioId).update({ status: "failed", lease_until: null, job_error: error, updated_at: now() }).catch(ignoreMissing);
}

export async function approveAudio(audioId: string, approvedBy: string): Promise<void> {
  await audioRef(audioId).update({ status: "approved", approved_at: now(), approved_by: approvedBy, updated_at: now() });
}

/** Deletes the record; finished audio also leaves the dashboard's count, in the same commit. */
export async function deleteAudioRecord(audio: Audio): Promise<void> {
  const batch = db().batch();
  batch.delete(audioRef(audio.id));
  if (isFinished(audio.status)) batch.set(statsDoc(audio.doctor_id), { counts: { audio: increment(-1) } }, { merge: true });
  await batch.commit();
}

/** Firestore's NOT_FOUND: an update of a record that was deleted meanwhile. */
export const isRecordGone = (error: unknown) => (error as { code?: unknown } | null)?.code === 5;

function ignoreMissing(error: unknown) {
  if (!isRecordGone(error)) throw error;
}
