import { z } from "zod";
import { DocumentId, nameText } from "./common";
import { VoiceId } from "./audio";

export const ANSWER_STYLES = ["professional", "friendly", "educational"] as const;
export const AnswerStyle = z.enum(ANSWER_STYLES, { error: `must be one of ${ANSWER_STYLES.join(", ")}` });
export type AnswerStyle = z.infer<typeof AnswerStyle>;

/** Languages the agent speaks (and the summarizer reads); more come with their language packs. */
export const AGENT_LANGUAGES = ["en", "es", "fr", "pt", "de"] as const;
export const AgentLanguage = z.enum(AGENT_LANGUAGES, { error: `must be one of ${AGENT_LANGUAGES.join(", ")}` });

export const AgentPrivacy = z
  .object({
    record_audio: z.boolean({ error: "must be a boolean" }).default(false),
    retention_days: z.number({ error: "must be a number" }).int("must be a whole number").min(1).max(3650).default(90),
  })
  .strict();

export const SaveAgentRequest = z
  .object({
    name: nameText(80),
    knowledge_ids: z.array(DocumentId).max(20, "must list at most 20 documents"),
    voice_id: VoiceId,
    answer_style: AnswerStyle,
    language: AgentLanguage.default("en"),
    agent_id: DocumentId.optional(),
    doctor_id: DocumentId.optional(),
    privacy: AgentPrivacy.optional(),
  })
  .strict();
export type SaveAgentRequest = z.infer<typeof SaveAgentRequest>;

export const SaveAgentResponse = z.object({ agent_id: z.string() });
export type SaveAgentResponse = z.infer<typeof SaveAgentResponse>;

export const AgentIdRequest = z.object({ agent_id: DocumentId }).strict();
