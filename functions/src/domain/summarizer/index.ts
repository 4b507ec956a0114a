/**
 * Conversation summarizer: what the patient asked (answered or not) and what needs the doctor's
 * attention, from an ElevenLabs conversation. Pure and deterministic; see README.md.
 */

export { summarizeConversation } from "./summarize";
export { supportedLanguages } from "./languages";
export type {
  AnsweredQuestion,
  AttentionCategory,
  AttentionItem,
  ConversationAnalysis,
  ConversationInput,
  ConversationSummary,
  RagRetrievalInfo,
  ReviewItem,
  ReviewReason,
  Severity,
  TranscriptEntry,
  UnansweredQuestion,
  UnansweredReason,
} from "./types";
