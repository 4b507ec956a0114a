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

export const GenerateAudioResponse = z.object({
  audio_id: z.string(),
  audio_url: z.string(),
  duration_seconds: z.number(),
});
export type GenerateAudioResponse = z.infer<typeof GenerateAudioResponse>;

export const AudioIdRequest = z.object({ audio_id: DocumentId }).strict();
