import { z } from "zod";
import { DiseaseName, DocumentId, humanText } from "./common";

/** A whole narration; longer scripts are split at sentence boundaries before synthesis. */
export const SCRIPT_MAX_CHARS = 100_000;

export const VoiceId = z
  .string({ error: "must be a string" })
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "must be an ElevenLabs voice id");

export const GenerateAudioRequest = z
  .object({
    script_content: humanText(SCRIPT_MAX_CHARS),
    voice_id: VoiceId,
    disease_name: DiseaseName,
    doctor_id: DocumentId.optional(),
  })
  .strict();
export type GenerateAudioRequest = z.infer<typeof GenerateAudioRequest>;

export const AUDIO_STATUSES = ["queued", "generating", "draft", "approved", "failed"] as const;
export const AudioStatus = z.enum(AUDIO_STATUSES);
export type AudioStatus = z.infer<typeof AudioStatus>;

export const NarrationProgress = z.object({ done: z.number().int(), total: z.number().int() });

/**
 * A narration is a job: the answer comes at once, before any audio exists. The job id is the audio
 * record's id; follow `audio/{audio_id}` in Firestore (or poll GET /api/audio/{audio_id}) until its
 * status is `draft` (then `audio_url` plays) or `failed` (then `error` says why).
 */
export const GenerateAudioResponse = z.object({
  job_id: z.string(),
  audio_id: z.string(),
  status: AudioStatus,
  progress: NarrationProgress,
});
export type GenerateAudioResponse = z.infer<typeof GenerateAudioResponse>;

/** What GET /api/audio/{id} and the list return for one record. */
export const AudioView = z.object({
  audio_id: z.string(),
  job_id: z.string(),
  doctor_id: z.string(),
  disease_name: z.string(),
  voice_id: z.string(),
  model_id: z.string(),
  script_hash: z.string(),
  status: AudioStatus,
  progress: NarrationProgress,
  audio_url: z.string().nullable(),
  duration_seconds: z.number().nullable(),
  size_bytes: z.number().nullable(),
  error: z.object({ kind: z.string(), message: z.string() }).nullable(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type AudioView = z.infer<typeof AudioView>;

/** The narration queue's task: the record to fill and the script to speak. */
export const NarrationTaskPayload = z.object({ audio_id: DocumentId, script: humanText(SCRIPT_MAX_CHARS) }).strict();

export const AudioIdRequest = z.object({ audio_id: DocumentId }).strict();
