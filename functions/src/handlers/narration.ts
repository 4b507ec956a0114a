// Narrated audio, as the doctor asks for it: a narration is queued as a job (handlers/narration-job.ts
// runs it) and answered at once with the job id; the audio record carries the job's progress.
import type { AudioView, GenerateAudioResponse } from "../contracts/audio";

import { dailyTtsCharactersPerDoctor, elevenLabsTtsModel, mediaLinkKey } from "../config";
import { contentHash } from "../domain/content-hash";
import { splitScript } from "../domain/script-chunks";
import { chunkSizeFor } from "../domain/tts-models";
import { AppError, parseInput } from "../errors";
import { logs } from "../logs";
import { refundSpend, reserveSpend } from "../repositories/quotas";
import { isoTime } from "../services/data";
import { audioObjectPath, deleteObject } from "../services/storage";
import { cancelNarration, enqueueNarration } from "../services/tasks";
import * as audioStore from "../repositories/audio";
import { audioLink } from "./audio-links";
import { actingDoctorId, assertOwnedBy, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords } from "./ownership";
import { contracts } from "./lazy-contracts";

export async function generateNarration(caller: Caller, data: unknown): Promise<GenerateAudioResponse> {
  const input = parseInput(contracts().GenerateAudioRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const modelId = elevenLabsTtsModel.value();
  const chunks = splitScript(input.script_content, chunkSizeFor(modelId)).length;
  // The day's text-to-speech budget is taken before the job exists and given back if it fails.
  const spend = await reserveSpend(doctorId, "tts_characters", input.script_content.length, dailyTtsCharactersPerDoctor.value());
  const audioId = audioStore.newAudioId();
  const job = await audioStore.createNarrationJob(audioId, {
    doctor_id: doctorId,
    disease_name: input.disease_name,
    voice_id: input.voice_id,
    model_id: modelId,
    script_hash: contentHash(input.script_content),
    char_count: input.script_content.length,
    storage_path: audioObjectPath(doctorId, audioId),
    chunks,
    spend,
  });
  try {
    await enqueueNarration({ audio_id: audioId, script: input.script_content });
  } catch (error) {
    // Without a task the record would wait forever: it says why instead, and the doctor can retry.
    const failure = { kind: "upstreamUnavailable", message: "The narration queue did not accept the job; please try again." };
    await audioStore.failNarration(audioId, failure);
    await refundSpend(spend);
    logs.requestFailed({ operation: "enqueueNarration", errorName: error instanceof Error ? error.name : typeof error });
    throw new AppError("upstreamUnavailable", failure.message);
  }
  logs.narrationQueued({ audioId, chunks: job.progress.total });
  return { job_id: audioId, audio_id: audioId, status: job.status, progress: job.progress };
}

function toView(audio: audioStore.Audio): AudioView {
  return {
    audio_id: audio.id,
    job_id: audio.id,
    doctor_id: audio.doctor_id,
    disease_name: audio.disease_name,
    voice_id: audio.voice_id,
    model_id: audio.model_id,
    script_hash: audio.script_hash,
    status: audio.status,
    progress: audio.progress,
    // A fresh short-lived link on every read; nothing permanent is stored or handed out.
    audio_url: audioStore.isFinished(audio.status) ? audioLink(audio.id) : null,
    duration_seconds: audio.duration_seconds ?? null,
    size_bytes: audio.size_bytes ?? null,
    error: audio.job_error ?? null,
    created_at: isoTime(audio.created_at),
    updated_at: isoTime(audio.updated_at),
  };
}

/** Another doctor's audio reads as forbidden; admins may load any. */
async function loadOwnedAudio(caller: Caller, audioId: string): Promise<audioStore.Audio> {
  const audio = await audioStore.loadAudio(audioId);
  if (caller.role !== "admin") assertOwnedBy(audio, caller.uid, "audio");
  if (!audio) throw new AppError("notFound", "No such audio.");
  return audio;
}

export async function approveAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  const audio = await loadOwnedAudio(caller, audio_id);
  if (!audioStore.isFinished(audio.status)) {
    throw new AppError("failedPrecondition", `Only finished audio can be approved; this narration is ${audio.status}.`);
  }
  await audioStore.approveAudio(audio_id, caller.uid);
  return toView({ ...audio, status: "approved" });
}

export async function listAudio(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listOwnedRecords("audio", doctorId, input);
  return { audio: page.items.map((r) => toView({ id: r.id, ...(r.data as audioStore.AudioDocument) })), next_cursor: page.next_cursor };
}

export async function getAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  return toView(await loadOwnedAudio(caller, audio_id));
}

/** Also cancels a narration still queued; one already generating stops at its next progress report. */
export async function deleteAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  const audio = await loadOwnedAudio(caller, audio_id);
  if (audio.status === "queued" || audio.status === "generating") await cancelNarration(audio_id);
  await deleteObject(audio.storage_path);
  await audioStore.deleteAudioRecord(audio);
  return { deleted: true };
}

const doctorOnly = onlyFor("doctor", "admin");
export const narrationOperations = {
  generateNarration: doctorOnly(generateNarration),
  approveAudio: doctorOnly(approveAudio),
  listAudio: doctorOnly(listAudio),
  getAudio: doctorOnly(getAudio),
  deleteAudio: doctorOnly(deleteAudio),
};

const links = { secrets: [mediaLinkKey] };
export const generateAudioCallable = callable("generateAudio", narrationOperations.generateNarration);
export const approveAudioCallable = callable("approveAudio", narrationOperations.approveAudio, links);
export const listAudioCallable = callable("listAudio", narrationOperations.listAudio, links);
export const getAudioCallable = callable("getAudio", narrationOperations.getAudio, links);
export const deleteAudioCallable = callable("deleteAudio", narrationOperations.deleteAudio);
