// Runs one narration job from the Cloud Tasks queue. The queue dispatches at most the plan's
// jobsAtOnce, and each job keeps at most requestsPerJob text-to-speech requests in flight, so the
// whole deployment stays inside the workspace's ElevenLabs concurrency however many doctors narrate.
// One pipeline, in order, with bounded memory: requests run ahead of the writer by a small window,
// each finished chunk is fed to the Storage resumable upload as soon as its turn comes.
import { HttpsError } from "firebase-functions/v2/https";
import { onTaskDispatched } from "firebase-functions/v2/tasks";

import { elevenLabsApiKey, narrationJobsAtOnce, narrationRetryMinBackoffSeconds, planNarrationCapacity } from "../config";
import { runInOrder } from "../domain/in-order-pipeline";
import { mp3DurationSeconds } from "../domain/mp3";
import { splitScript } from "../domain/script-chunks";
import { chunkSizeFor, supportsRequestStitching } from "../domain/tts-models";
import { AppError, asUnknownVoice, parseInput } from "../errors";
import { logs } from "../logs";
import * as elevenLabs from "../services/elevenlabs";
import { externalMemoryBudget } from "../services/heap";
import { deleteObject, openAudioWriter } from "../services/storage";
import { NARRATION_DISPATCH_DEADLINE_SECONDS, type NarrationTask } from "../services/tasks";
import * as audioStore from "../repositories/audio";
import { contracts } from "./lazy-contracts";
import { refundSpend } from "../repositories/quotas";

/** Attempts per job (Cloud Tasks retries a failed attempt after a backoff); our own count decides. */
export const MAX_JOB_ATTEMPTS = 3;
/** A crashed attempt's lease outlives the longest possible attempt. */
const LEASE_MS = (NARRATION_DISPATCH_DEADLINE_SECONDS + 60) * 1000;
const PROGRESS_INTERVAL_MS = 1_000;
/** Garbage Buffers allowed beyond the parts a job holds before the heap is collected (see services/heap.ts). */
const MEMORY_SLACK_BYTES = 4 * 1024 * 1024;

/** Answers 503 so Cloud Tasks tries again after its backoff (another attempt holds the job, or a retry is due). */
const retryLater = (message: string) => new HttpsError("unavailable", message);

export type JobOutcome = "done" | "failed" | "cancelled" | "skipped";

export async function runNarrationJob(payload: unknown): Promise<JobOutcome> {
  const task: NarrationTask = parseInput(contracts().NarrationTaskPayload, payload);
  const claim = await audioStore.claimNarrationJob(task.audio_id, LEASE_MS);
  if (claim.kind === "over") return "skipped";
  if (claim.kind === "busy") throw retryLater(`narration ${task.audio_id} is running in another attempt`);
  const audio = claim.audio;
  const started = Date.now();
  const { requestsPerJob } = planNarrationCapacity();
  const stitching = supportsRequestStitching(audio.model_id);
  const chunks = splitScript(task.script, chunkSizeFor(audio.model_id));
  const writer = openAudioWriter(audio.storage_path, { doctor_id: audio.doctor_id, audio_id: audio.id });
  let durationSeconds = 0;
  let lastProgressAt = Date.now();
  // One part ahead of the requests in flight: the next one is ready when the writer is.
  const window = requestsPerJob + 1;
  const memory = externalMemoryBudget(MEMORY_SLACK_BYTES);
  let largestPart = 0;
  try {
    await runInOrder({
      count: chunks.length,
      concurrency: requestsPerJob,
      window,
      produce: async (index) => {
        const chunk = chunks[index]!;
        const speech = await elevenLabs.generateAudio({
          text: chunk.text,
          voiceId: audio.voice_id,
          modelId: audio.model_id,
          // Neighbouring text keeps the prosody continuous, where the model offers stitching at all.
          previousText: stitching ? chunk.previousText : undefined,
          nextText: stitching ? chunk.nextText : undefined,
        });
        // Its read buffers are garbage now: a young-generation collection frees them at once.
        memory.settleYoung();
        return speech.audio;
      },
      consume: async (bytes, index) => {
        durationSeconds += mp3DurationSeconds(bytes);
        largestPart = Math.max(largestPart, bytes.length);
        await writer.write(bytes);
        // What the job may hold: the window's parts, and one part on its way into the upload.
        memory.settle((window + 1) * largestPart);
        if (Date.now() - lastProgressAt >= PROGRESS_INTERVAL_MS && index + 1 < chunks.length) {
          lastProgressAt = Date.now();
          await audioStore.reportProgress(audio.id, index + 1);
        }
      },
    });
    const { sizeBytes } = await writer.finish();
    const recorded = await audioStore.completeNarration(audio, {
      durationSeconds: Math.round(durationSeconds * 1000) / 1000,
      sizeBytes,
    });
    if (!recorded) {
      // Deleted while generating: the object it just finished belongs to nobody.
      await deleteObject(audio.storage_path);
      return "cancelled";
    }
    logs.audioGenerated({ audioId: audio.id, chunks: chunks.length, bytes: sizeBytes, durationMs: Date.now() - started, attempt: audio.job_attempts ?? 1, collections: memory.collections });
    return "done";
  } catch (error) {
    // No partial object survives a failed attempt.
    await writer.abort().catch(() => undefined);
    if (audioStore.isRecordGone(error)) return "cancelled";
    const failure = asUnknownVoice(error);
    const reason = failure instanceof AppError ? { kind: failure.kind, message: failure.message } : { kind: "internal", message: "The narration failed on our side." };
    // ElevenLabs busy, rate limiting or down: worth another attempt after the queue's backoff.
    const worthRetrying = reason.kind === "upstreamUnavailable" && (audio.job_attempts ?? 1) < MAX_JOB_ATTEMPTS;
    logs.narrationAttemptFailed({ audioId: audio.id, attempt: audio.job_attempts ?? 1, kind: reason.kind, retrying: worthRetrying });
    if (worthRetrying) {
      await audioStore.requeueNarration(audio.id, reason);
      throw retryLater(`narration ${audio.id} attempt ${audio.job_attempts} failed: ${reason.kind}`);
    }
    await audioStore.failNarration(audio.id, reason);
    await refundSpend(audio.spend);
    return "failed";
  }
}

export const narrationJobs = onTaskDispatched<NarrationTask>(
  {
    secrets: [elevenLabsApiKey],
    timeoutSeconds: NARRATION_DISPATCH_DEADLINE_SECONDS,
    memory: "512MiB",
    retryConfig: { maxAttempts: MAX_JOB_ATTEMPTS + 1, minBackoffSeconds: narrationRetryMinBackoffSeconds, maxDoublings: 4 },
    rateLimits: { maxConcurrentDispatches: narrationJobsAtOnce },
  },
  async (request) => {
    try {
      await runNarrationJob(request.data);
    } catch (error) {
      // A task that is not ours to run (malformed payload) is dropped, not retried.
      if (error instanceof AppError && error.kind === "invalidInput") {
        logs.requestRejected({ operation: "narrationJobs", kind: error.kind });
        return;
      }
      throw error;
    }
  },
);
