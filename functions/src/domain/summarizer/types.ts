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
 * Why a critical finding was held back from requires_attention. The first four are the
 * ConText modifiers of the spec; "expected" is a high-severity finding the patient says the care
 * team told them to expect; "flagged_by_analysis" is a finding only ElevenLabs' analysis raised.
 */
export type ReviewReason =
  | "negated"
  | "hypothetical"
  | "resolved"
  | "other_person"
  | "expected"
  | "flagged_by_analysis";

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
}

export interface ConversationSummary {
  readonly language: string;
  readonly answered_questions: AnsweredQuestion[];
  readonly unanswered_questions: UnansweredQuestion[];
  readonly requires_attention: AttentionItem[];
  readonly for_review: ReviewItem[];
}
