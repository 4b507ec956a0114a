// Narrated audio: a script becomes one MP3 in Cloud Storage, synthesised in sentence-aligned
// chunks in parallel and written in order, so memory stays bounded whatever the script length.
import type { GenerateAudioResponse } from "../contracts/audio";

import { dailyTtsCharactersPerDoctor, elevenLabsApiKey, elevenLabsTtsModel, mediaLinkKey, narrationConcurrency } from "../config";
import { contentHash } from "../domain/content-hash";
import { mp3DurationSeconds } from "../domain/mp3";
import { splitScript, type ScriptChunk } from "../domain/script-chunks";
import { chunkSizeFor } from "../domain/tts-models";
import { AppError, asUnknownVoice, parseInput } from "../errors";
import { logs } from "../logs";
import { refundSpend, reserveSpend } from "../repositories/quotas";
import { col, deleteCounted, increment, isoTime, now, statsDoc, type DocumentData } from "../services/data";
import { db } from "../services/firebase";
import * as elevenLabs from "../services/elevenlabs";
import { audioObjectPath, deleteObject, openAudioWriter } from "../services/storage";
import { audioLink } from "./audio-links";
import { actingDoctorId, onlyFor, type Caller } from "./auth";
import { callable } from "./callable";
import { listOwnedRecords, loadOwnedRecord } from "./ownership";
import { contracts } from "./lazy-contracts";

const PROGRESS_INTERVAL_MS = 1_000;

/**
 * Fetches chunks with at most `concurrency` requests in flight and hands them over strictly in
 * order. Fetching does not wait for the writer: up to `concurrency` finished chunks may wait
 * their turn, which bounds memory at 2 x concurrency chunks whatever the script length.
 */
export async function synthesiseInOrder(
  chunks: ScriptChunk[],
  concurrency: number,
  fetchChunk: (chunk: ScriptChunk) => Promise<Buffer>,
  consume: (audio: Buffer, index: number) => Promise<void>,
) {
  const pending = new Map<number, Promise<Buffer>>();
  let nextToStart = 0;
  let nextToConsume = 0;
  let inFlight = 0;
  let stopped = false;
  const launch = () => {
    while (!stopped && inFlight < concurrency && nextToStart < chunks.length && nextToStart < nextToConsume + 2 * concurrency) {
      inFlight++;
      const promise = fetchChunk(chunks[nextToStart]!).finally(() => {
        inFlight--;
        launch();
      });
      promise.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
      pending.set(nextToStart, promise);
      nextToStart++;
    }
  };
  try {
    launch();
    while (nextToConsume < chunks.length) {
      const audio = await pending.get(nextToConsume)!;
      pending.delete(nextToConsume);
      nextToConsume++;
      launch();
      await consume(audio, nextToConsume - 1);
    }
  } finally {
    stopped = true; // after a failure, start nothing new; let what is in flight settle
    await Promise.allSettled(pending.values());
  }
}

export async function generateNarration(caller: Caller, data: unknown): Promise<GenerateAudioResponse> {
  const input = parseInput(contracts().GenerateAudioRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const modelId = elevenLabsTtsModel.value();
  const chunks = splitScript(input.script_content, chunkSizeFor(modelId));
  // The day's text-to-speech budget is taken before any ElevenLabs call and given back on failure.
  const spend = await reserveSpend(doctorId, "tts_characters", input.script_content.length, dailyTtsCharactersPerDoctor.value());
  const ref = col("audio").doc();
  const path = audioObjectPath(doctorId, ref.id);
  const started = Date.now();
  await ref.set({
    doctor_id: doctorId,
    disease_name: input.disease_name,
    voice_id: input.voice_id,
    model_id: modelId,
    script_hash: contentHash(input.script_content),
    char_count: input.script_content.length,
    status: "generating",
    progress: { done: 0, total: chunks.length },
    storage_path: path,
    created_at: now(),
  });

  const writer = openAudioWriter(path, { doctor_id: doctorId, audio_id: ref.id });
  let durationSeconds = 0;
  let lastProgressAt = Date.now();
  try {
    await synthesiseInOrder(
      chunks,
      Math.max(1, narrationConcurrency.value()),
      async (chunk) =>
        (
          await elevenLabs.generateAudio({
            text: chunk.text,
            voiceId: input.voice_id,
            modelId,
            previousText: chunk.previousText,
            nextText: chunk.nextText,
          })
        ).audio,
      async (audio, index) => {
        durationSeconds += mp3DurationSeconds(audio);
        await writer.write(audio);
        if (Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS && index + 1 < chunks.length) {
          lastProgressAt = Date.now();
          await ref.update({ "progress.done": index + 1 });
        }
      },
    );
    const { sizeBytes } = await writer.finish();
    const duration = Math.round(durationSeconds * 1000) / 1000;
    await db().runTransaction(async (tx) => {
      tx.update(ref, {
        status: "draft",
        duration_seconds: duration,
        size_bytes: sizeBytes,
        progress: { done: chunks.length, total: chunks.length },
        updated_at: now(),
      });
      tx.set(statsDoc(doctorId), { counts: { audio: increment(1) } }, { merge: true });
    });
    logs.audioGenerated({ audioId: ref.id, chunks: chunks.length, bytes: sizeBytes, durationMs: Date.now() - started });
    return { audio_id: ref.id, audio_url: audioLink(ref.id), duration_seconds: duration };
  } catch (error) {
    // No partial object and no half-written record survive a failed narration.
    await writer.abort().catch(() => undefined);
    await ref.delete().catch(() => undefined);
    await refundSpend(spend);
    throw asUnknownVoice(error);
  }
}

function toView(id: string, data: DocumentData) {
  return {
    audio_id: id,
    doctor_id: data.doctor_id,
    disease_name: data.disease_name,
    voice_id: data.voice_id,
    model_id: data.model_id,
    script_hash: data.script_hash,
    status: data.status,
    progress: data.progress,
    // A fresh short-lived link on every read; nothing permanent is stored or handed out.
    audio_url: data.status === "draft" || data.status === "approved" ? audioLink(id) : null,
    duration_seconds: data.duration_seconds ?? null,
    size_bytes: data.size_bytes ?? null,
    created_at: isoTime(data.created_at),
  };
}

export async function approveAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  const { ref, data: record } = await loadOwnedRecord("audio", audio_id, caller, "audio");
  if (record.status !== "draft" && record.status !== "approved") {
    throw new AppError("failedPrecondition", "Only finished audio can be approved.");
  }
  await ref.update({ status: "approved", approved_at: now(), approved_by: caller.uid });
  return toView(audio_id, { ...record, status: "approved" });
}

export async function listAudio(caller: Caller, data: unknown) {
  const input = parseInput(contracts().ListRequest, data);
  const doctorId = actingDoctorId(caller, input.doctor_id);
  const page = await listOwnedRecords("audio", doctorId, input);
  return { audio: page.items.map((r) => toView(r.id, r.data)), next_cursor: page.next_cursor };
}

export async function getAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  return toView(audio_id, (await loadOwnedRecord("audio", audio_id, caller, "audio")).data);
}

export async function deleteAudio(caller: Caller, data: unknown) {
  const { audio_id } = parseInput(contracts().AudioIdRequest, data);
  const { ref, data: record } = await loadOwnedRecord("audio", audio_id, caller, "audio");
  await deleteObject(record.storage_path);
  // Only finished audio was counted.
  if (record.status === "draft" || record.status === "approved") await deleteCounted(ref, record.doctor_id, "audio");
  else await ref.delete();
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

export const generateAudioCallable = callable("generateAudio", narrationOperations.generateNarration, {
  secrets: [elevenLabsApiKey, mediaLinkKey],
  timeoutSeconds: 540,
  memory: "512MiB",
});
const links = { secrets: [mediaLinkKey] };
export const approveAudioCallable = callable("approveAudio", narrationOperations.approveAudio, links);
export const listAudioCallable = callable("listAudio", narrationOperations.listAudio, links);
export const getAudioCallable = callable("getAudio", narrationOperations.getAudio, links);
export const deleteAudioCallable = callable("deleteAudio", narrationOperations.deleteAudio);
