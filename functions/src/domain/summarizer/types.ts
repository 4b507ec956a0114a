/**
 * Types of the conversation summarizer.
 *
 * The input types are deliberately minimal and structural: they describe only the fields of an
 * ElevenLabs conversation (GET /v1/convai/conversations/{id}, or the post-call webhook's `data`
 * object, which has the same shape) that the summarizer reads. Every other field is tolerated.
 */

/** One `rag_retrieval_info` object attached to an agent turn. */
export interface RagRetrievalInfo {
  readonly chunks?: ReadonlyArray<{
    readonly document_id?: string | null;
    readonly chunk_id?: string | null;
    readonly vector_distance?: number | null;
  }> | null;
  readonly used_chunk_ids?: ReadonlyArray<string> | null;
  readonly [extra: string]: unknown;
}

export interface TranscriptEntry {
  readonly role: string;
  readonly message?: string | null;
  readonly time_in_call_secs?: number | null;
  readonly rag_retrieval_info?: RagRetrievalInfo | null;
  readonly interrupted?: boolean | null;
  readonly [extra: string]: unknown;
}

export interface DataCollectionResult {
  readonly data_collection_id?: string;
  readonly value?: unknown;
  readonly rationale?: string | null;
  readonly [extra: string]: unknown;
}

export interface EvaluationCriterionResult {
  readonly criteria_id?: string;
  readonly result?: string | null;
  readonly rationale?: string | null;
  readonly [extra: string]: unknown;
}

export interface ConversationAnalysis {
  readonly call_successful?: string | null;
  readonly transcript_summary?: string | null;
  readonly evaluation_criteria_results?: Readonly<Record<string, EvaluationCriterionResult | null | undefined>> | null;
  readonly data_collection_results?: Readonly<Record<string, DataCollectionResult | null | undefined>> | null;
  readonly [extra: string]: unknown;
}

export interface ConversationInput {
  readonly transcript?: ReadonlyArray<TranscriptEntry | null | undefined> | null;
  readonly metadata?: {
    readonly main_language?: string | null;
    readonly termination_reason?: string | null;
    readonly [extra: string]: unknown;
  } | null;
  readonly analysis?: ConversationAnalysis | null;
  readonly [extra: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Output

export type AttentionCategory =
  | "red_flag_symptom"
  | "medication_problem"
  | "severe_side_effect"
  | "emotional_distress"
  | "doctor_request"
  | "other";

export type Severity = "urgent" | "high" | "moderate";

/**
 * Why a possible red flag is for review instead of requiring attention (see contracts/summary.ts):
 * the ConText modifiers (negated, hypothetical, resolved, other_person), "expected" (the care
 * team told the patient to expect it), "planned_change" (a medication change the patient says
 * was planned), "uncertain" (weak or ambiguous evidence), "agent_escalated" (the agent sent the
 * patient to urgent care though no rule recognised why), "agent_concerned" (the agent called it important or
 * serious though no rule recognised why), "agent_reassured" (a rule's red flag that the agent
 * called normal or common), "flagged_by_analysis" (only ElevenLabs'
 * analysis raised it) and "unsupported_language" (nobody could read the turn).
 */
export type ReviewReason =
  | "negated"
  | "hypothetical"
  | "resolved"
  | "other_person"
  | "expected"
  | "planned_change"
  | "uncertain"
  | "agent_escalated"
  | "agent_concerned"
  | "agent_reassured"
  | "flagged_by_analysis"
  | "unsupported_language";

export type UnansweredReason = "deflected" | "different_question" | "no_reply";

interface PatientTurnItem {
  /** Index of the patient turn in the transcript array. */
  readonly turn_index: number;
  readonly time_in_call_secs: number;
  /** The patient's whole turn, verbatim. */
  readonly patient_text: string;
}

export interface AnsweredQuestion extends PatientTurnItem {
  /** The question(s) of this turn that were answered, verbatim substrings of patient_text. */
  readonly question_text: string;
  /** The agent sentences that answer it, verbatim. */
  readonly answer_excerpt: string;
  /** True when the answering agent turn drew on the knowledge base. */
  readonly grounded: boolean;
}

export interface UnansweredQuestion extends PatientTurnItem {
  readonly question_text: string;
  readonly unanswered_reason: UnansweredReason;
  /** What the agent said instead (empty when it never replied). */
  readonly agent_reply_excerpt: string;
}

export interface AttentionItem extends PatientTurnItem {
  readonly category: AttentionCategory;
  readonly severity: Severity;
  /** Exact substring of patient_text that triggered the item. */
  readonly evidence: string;
  /** Identifier of the lexicon rule that fired, for clinical review of the rules. */
  readonly rule_id: string;
  /** True when ElevenLabs' own analysis also reported this turn. */
  readonly corroborated_by_analysis: boolean;
}

export interface ReviewItem extends PatientTurnItem {
  readonly category: AttentionCategory;
  readonly severity: Severity;
  readonly evidence: string;
  readonly rule_id: string;
  readonly reason: ReviewReason;
  /** One sentence for the doctor: why this turn is worth a look. */
  readonly reason_detail: string;
}

/** The summary: one type, the contract the callable returns (contracts/summary.ts). */
export type { ConversationSummary } from "../../contracts/summary";
