import { z } from "zod";
import { DocumentId, nameText } from "./common";
import { VoiceId } from "./audio";

export const ANSWER_STYLES = ["professional", "friendly", "educational"] as const;
export const AnswerStyle = z.enum(ANSWER_STYLES, { error: `must be one of ${ANSWER_STYLES.join(", ")}` });
export type AnswerStyle = z.infer<typeof AnswerStyle>;

export const AgentPrivacy = z
  .object({
    record_audio: z.boolean({ error: "must be a boolean" }).default(false),
    retention_days: z.number({ error: "must be a number" }).int("must be a whole number").min(1).max(3650).default(90),
  })
  .strict();

/** The languages an agent can speak with the patient (and the language packs its prompts come from). */
export const AGENT_LANGUAGES = ["en", "es", "fr", "pt", "de"] as const;
export const AgentLanguage = z.enum(AGENT_LANGUAGES, { error: `must be one of ${AGENT_LANGUAGES.join(", ")}` });
export type AgentLanguage = z.infer<typeof AgentLanguage>;

/**
 * How long one conversation may last before ElevenLabs ends it. ElevenLabs' own default is 10
 * minutes, short for a teaching call; an hour bounds the cost of a forgotten open call.
 */
export const MAX_DURATION_SECONDS = { default: 1_800, min: 60, max: 3_600 } as const;
export const MaxDurationSeconds = z
  .number({ error: "must be a number" })
  .int("must be a whole number of seconds")
  .min(MAX_DURATION_SECONDS.min, `must be at least ${MAX_DURATION_SECONDS.min} seconds`)
  .max(MAX_DURATION_SECONDS.max, `must be at most ${MAX_DURATION_SECONDS.max} seconds`);

export const SaveAgentRequest = z
  .object({
    name: nameText(80),
    knowledge_ids: z.array(DocumentId).max(20, "must list at most 20 documents"),
    voice_id: VoiceId,
    answer_style: AnswerStyle,
    language: AgentLanguage.default("en"),
    max_duration_seconds: MaxDurationSeconds.default(MAX_DURATION_SECONDS.default),
    agent_id: DocumentId.optional(),
    doctor_id: DocumentId.optional(),
    privacy: AgentPrivacy.optional(),
  })
  .strict();
export type SaveAgentRequest = z.infer<typeof SaveAgentRequest>;

export const SaveAgentResponse = z.object({ agent_id: z.string() });
export type SaveAgentResponse = z.infer<typeof SaveAgentResponse>;

export const AgentIdRequest = z.object({ agent_id: DocumentId }).strict();
