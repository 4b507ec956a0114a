// Builds small ElevenLabs-shaped conversations for the summarizer tests.
import { summarizeConversation, type ConversationInput, type ConversationSummary } from "../../../src/domain/summarizer";

/** [role, message, options]; `grounded` marks an agent turn that used the knowledge base. */
export type Line = readonly ["agent" | "user", string | null, { readonly grounded: boolean }?];

/** A conversation from [role, message] lines; times advance like real speech. */
export function conversation(lines: readonly Line[], language: string | null = "en", extra: Partial<ConversationInput> = {}): ConversationInput {
  let time = 0;
  const transcript = lines.map(([role, message, options]) => {
    const entry = {
      role,
      message,
      time_in_call_secs: time,
      rag_retrieval_info: options?.grounded
        ? { chunks: [{ document_id: "doc_1", chunk_id: "doc_1_chunk_3", vector_distance: 0.18 }], used_chunk_ids: ["doc_1_chunk_3"], embedding_model: "e5_mistral_7b_instruct" }
        : null,
      tool_calls: [],
      feedback: null,
    };
    time += Math.max(2, Math.round((message ?? "").split(/\s+/).length / 2.5)) + 1;
    return entry;
  });
  return { transcript, metadata: { main_language: language }, analysis: null, ...extra };
}

/** One patient turn (index 1) between a greeting and an optional agent reply. */
/** A reply that judges nothing: the rules alone decide (a thanks for telling, a calm or urgent reply, is a signal of its own). */
export const NEUTRAL_REPLY = "I see.";

export function exchange(patient: string, reply: string | null = NEUTRAL_REPLY, language = "en"): ConversationInput {
  const lines: Line[] = [["agent", language === "es" ? "Hola, ¿en qué le puedo ayudar?" : "Hello, what can I help you with today?"], ["user", patient]];
  if (reply !== null) lines.push(["agent", reply]);
  return conversation(lines, language);
}

export function summarize(input: ConversationInput): ConversationSummary {
  return summarizeConversation(input);
}

export const turnsOf = (items: ReadonlyArray<{ readonly turn_index: number }>): number[] => items.map((i) => i.turn_index);

/** Whether the patient turn at index 1 of an exchange needs attention. */
export function flagged(patient: string, language = "en"): boolean {
  return summarize(exchange(patient, NEUTRAL_REPLY, language)).requires_attention.length > 0;
}

/** "answered", "unanswered", "both" or "none" for the patient turn of an exchange. */
export function verdict(patient: string, reply: string | null, language = "en"): "answered" | "unanswered" | "both" | "none" {
  const s = summarize(exchange(patient, reply, language));
  const a = s.answered_questions.length > 0;
  const u = s.unanswered_questions.length > 0;
  return a && u ? "both" : a ? "answered" : u ? "unanswered" : "none";
}
