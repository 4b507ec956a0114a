// The conversation summary a doctor reads before the next visit: the summarizer's output items
// (zod schemas) and their TypeScript types. Imports only zod.
import { z } from "zod";

export const AttentionCategory = z.enum([
  "red_flag_symptom",
  "medication_problem",
  "severe_side_effect",
  "emotional_distress",
  "doctor_request",
  "other",
]);
export type AttentionCategory = z.infer<typeof AttentionCategory>;

export const Severity = z.enum(["urgent", "high", "moderate"]);
export type Severity = z.infer<typeof Severity>;

/**
 * Why a possible red flag is for review instead of requiring attention: negated, hypothetical,
 * past and resolved, someone else's, told to expect it, a medication change the patient says was
 * planned, uncertain (weak or ambiguous wording), the agent escalated or called it serious though
 * no rule knew why, a rule's red flag the agent called normal or common, raised only by ElevenLabs' analysis, or written in a language no pack reads. A
 * conversation with for_review items alerts the doctor at a lower level than requires_attention.
 */
export const ReviewReason = z.enum([
  "negated",
  "hypothetical",
  "resolved",
  "other_person",
  "expected",
  "planned_change",
  "uncertain",
  "agent_escalated",
  "agent_concerned",
  "agent_reassured",
  "flagged_by_analysis",
  "unsupported_language",
]);
export type ReviewReason = z.infer<typeof ReviewReason>;

export const UnansweredReason = z.enum(["deflected", "different_question", "no_reply"]);
export type UnansweredReason = z.infer<typeof UnansweredReason>;

/** Fields every item has: which patient turn it comes from, and the patient's own words. */
const PatientTurnItem = z.object({
  turn_index: z.number().int().nonnegative(),
  time_in_call_secs: z.number().nonnegative(),
  patient_text: z.string(),
});

export const AnsweredQuestion = PatientTurnItem.extend({
  question_text: z.string(),
  answer_excerpt: z.string(),
  grounded: z.boolean(),
});
export type AnsweredQuestion = z.infer<typeof AnsweredQuestion>;

export const UnansweredQuestion = PatientTurnItem.extend({
  question_text: z.string(),
  unanswered_reason: UnansweredReason,
  agent_reply_excerpt: z.string(),
});
export type UnansweredQuestion = z.infer<typeof UnansweredQuestion>;

export const AttentionItem = PatientTurnItem.extend({
  category: AttentionCategory,
  severity: Severity,
  /** Exact substring of patient_text. */
  evidence: z.string(),
  rule_id: z.string(),
  corroborated_by_analysis: z.boolean(),
});
export type AttentionItem = z.infer<typeof AttentionItem>;

export const ReviewItem = PatientTurnItem.extend({
  category: AttentionCategory,
  severity: Severity,
  evidence: z.string(),
  rule_id: z.string(),
  reason: ReviewReason,
  /** One sentence for the doctor: why this turn is worth a look. */
  reason_detail: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ConversationSummary = z.object({
  /** The language pack the conversation was read with (ISO 639-1), or the unsupported code seen. */
  language: z.string(),
  /** No language pack could read the conversation: every substantive patient turn is in for_review. */
  language_unsupported: z.boolean(),
  answered_questions: z.array(AnsweredQuestion),
  unanswered_questions: z.array(UnansweredQuestion),
  requires_attention: z.array(AttentionItem),
  for_review: z.array(ReviewItem),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;
