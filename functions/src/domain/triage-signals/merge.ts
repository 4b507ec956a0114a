// Merges the three triage signals into one summary. The local rules summarizer is the floor;
// a flag raised in the call by the agent, and what ElevenLabs' post-call analysis reports, can
// only add to it or raise an item's level, never remove one.
import { z } from "zod";
import type { AttentionCategory, AttentionItem, ConversationSummary, ReviewItem, Severity } from "../../contracts/summary";
import { REVIEW_DETAIL } from "../summarizer/review";
import { FLAG_CATEGORIES, FLAG_SEVERITIES } from "./agent-config";
import { ASKED_FOR_HUMAN_CRITERION, CONTACT_REQUEST_FIELD, RED_FLAG_CRITERION, RED_FLAG_QUOTES_FIELD } from "./instructions";
import { matchQuote, type PatientTurn } from "./quotes";

/** A quote below this share of matched words is still kept, but marked as an unsure match. */
const CONFIDENT_MATCH = 0.6;

export interface InCallFlag {
  readonly category: string;
  readonly severity: string;
  readonly patient_words: string;
}

export interface TranscriptTurn {
  readonly role: string;
  readonly message?: string | null;
  readonly time_in_call_secs?: number | null;
}

export interface AnalysisInput {
  readonly data_collection_results?: Readonly<Record<string, { readonly value?: unknown } | null | undefined>> | null;
  readonly evaluation_criteria_results?: Readonly<Record<string, { readonly result?: string | null; readonly rationale?: string | null } | null | undefined>> | null;
}

export interface SignalsInput {
  readonly transcript: readonly TranscriptTurn[];
  readonly inCallFlags?: readonly InCallFlag[];
  readonly analysis?: AnalysisInput | null;
}

export type MergedAttentionItem = AttentionItem & { raised_in_call?: boolean };
export type MergedReviewItem = ReviewItem & { analysis_quote?: string };
export type MergedSummary = Omit<ConversationSummary, "requires_attention" | "for_review"> & {
  requires_attention: MergedAttentionItem[];
  for_review: MergedReviewItem[];
  /** Which signals were present: lets the doctor (and tests) see that each one was read. */
  signals: { rules: true; in_call_flags: number; analysis_quotes: number; analysis_criteria: string[] };
};

const AnalysisQuote = z.object({
  quote: z.string().min(1),
  category: z.string().optional(),
  present_now: z.boolean().optional(),
});

/** A data-collection value is a JSON array in a string (ElevenLabs fields are literals); tolerate an array too. */
export function parseAnalysisQuotes(value: unknown): Array<z.infer<typeof AnalysisQuote>> {
  let parsed: unknown = value;
  if (typeof value === "string") {
    const start = value.indexOf("[");
    const end = value.lastIndexOf("]");
    if (start < 0 || end <= start) return [];
    try {
      parsed = JSON.parse(value.slice(start, end + 1));
    } catch {
      return [];
    }
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const result = AnalysisQuote.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

const asCategory = (value: string | undefined): AttentionCategory =>
  (FLAG_CATEGORIES as readonly string[]).includes(value ?? "") ? (value as AttentionCategory) : "other";
const asSeverity = (value: string | undefined): Severity =>
  (FLAG_SEVERITIES as readonly string[]).includes(value ?? "") ? (value as Severity) : "high";

export function mergeTriageSignals(summary: ConversationSummary, input: SignalsInput): MergedSummary {
  const patientTurns: PatientTurn[] = [];
  input.transcript.forEach((turn, index) => {
    if (turn.role === "user" && turn.message?.trim()) patientTurns.push({ index, text: turn.message });
  });
  const turnAt = (index: number) => input.transcript[index];
  const attention: MergedAttentionItem[] = summary.requires_attention.map((item) => ({ ...item }));
  const review: MergedReviewItem[] = summary.for_review.map((item) => ({ ...item }));
  const base = (index: number) => ({
    turn_index: index,
    time_in_call_secs: turnAt(index)?.time_in_call_secs ?? 0,
    patient_text: turnAt(index)?.message ?? "",
  });
  /** The turn a quote belongs to; the last patient turn when no word matches (never dropped). */
  const locate = (quote: string) => {
    const match = matchQuote(quote, patientTurns);
    const fallback = patientTurns.at(-1)?.index;
    const index = match?.turnIndex ?? fallback;
    return index === undefined ? undefined : { index, confident: (match?.score ?? 0) >= CONFIDENT_MATCH };
  };
  /** The quote as it stands in the turn when it does, else the whole turn. */
  const evidenceIn = (index: number, quote: string) => {
    const text = turnAt(index)?.message ?? "";
    const at = text.toLowerCase().indexOf(quote.toLowerCase());
    return at >= 0 ? text.slice(at, at + quote.length) : text;
  };

  // 1. In-call flags: the agent judged it during the call, so it requires attention.
  for (const flag of input.inCallFlags ?? []) {
    const at = locate(flag.patient_words);
    const index = at?.index ?? 0;
    const existing = attention.find((item) => item.turn_index === index);
    if (existing) {
      existing.raised_in_call = true;
      continue;
    }
    attention.push({
      ...base(index),
      category: asCategory(flag.category),
      severity: asSeverity(flag.severity),
      evidence: evidenceIn(index, flag.patient_words),
      rule_id: "in_call:flag_for_doctor",
      corroborated_by_analysis: false,
      raised_in_call: true,
    });
    // Promoted, not removed: the same turn no longer needs a second, lower-level entry.
    for (let i = review.length - 1; i >= 0; i--) if (review[i]!.turn_index === index) review.splice(i, 1);
  }

  // 2. ElevenLabs' analysis: quotes of present red flags go to for_review at least.
  const results = input.analysis?.data_collection_results ?? {};
  const quotes = [RED_FLAG_QUOTES_FIELD, CONTACT_REQUEST_FIELD].flatMap((field) => parseAnalysisQuotes(results[field]?.value));
  for (const quote of quotes) {
    if (quote.present_now === false) continue;
    const at = locate(quote.quote);
    if (!at) continue;
    const existing = attention.find((item) => item.turn_index === at.index);
    if (existing) {
      existing.corroborated_by_analysis = true;
      continue;
    }
    // Already held for review at that turn (by the rules): the quote is recorded on that item.
    const reviewedAt = review.findIndex((item) => item.turn_index === at.index);
    if (reviewedAt >= 0) {
      const reviewed = review[reviewedAt]!;
      // A rules item held only because no rule could judge it ("uncertain") now has a reason: the analysis
      // reported it, so its evidence becomes the words the analysis quoted. Items the rules held for a
      // context reason (negated, resolved...) keep that reason and their own evidence.
      review[reviewedAt] =
        reviewed.reason === "uncertain"
          ? {
              ...reviewed,
              reason: "flagged_by_analysis",
              reason_detail: REVIEW_DETAIL.flagged_by_analysis,
              evidence: at.confident ? evidenceIn(at.index, quote.quote) : reviewed.evidence,
              analysis_quote: reviewed.analysis_quote ?? quote.quote,
            }
          : { ...reviewed, analysis_quote: reviewed.analysis_quote ?? quote.quote };
      continue;
    }
    review.push({
      ...base(at.index),
      category: asCategory(quote.category),
      severity: "high",
      evidence: at.confident ? evidenceIn(at.index, quote.quote) : "",
      rule_id: "analysis:data_collection",
      reason: "flagged_by_analysis",
      reason_detail: REVIEW_DETAIL.flagged_by_analysis,
      analysis_quote: quote.quote,
    });
  }

  // 3. Evaluation criteria: a reported red flag that no item explains still sends the doctor to the transcript.
  const criteria = input.analysis?.evaluation_criteria_results ?? {};
  const positive = [RED_FLAG_CRITERION, ASKED_FOR_HUMAN_CRITERION].filter((id) => criteria[id]?.result === "success");
  if (positive.length && attention.length === 0 && review.length === 0) {
    const rationale = positive.map((id) => criteria[id]?.rationale ?? "").join(" ");
    const at = locate(rationale);
    if (at) {
      review.push({
        ...base(at.index),
        category: positive.includes(RED_FLAG_CRITERION) ? "red_flag_symptom" : "doctor_request",
        severity: "high",
        evidence: "",
        rule_id: `analysis:${positive[0]}`,
        reason: "flagged_by_analysis",
        reason_detail: REVIEW_DETAIL.flagged_by_analysis,
      });
    }
  }

  attention.sort((a, b) => a.turn_index - b.turn_index);
  review.sort((a, b) => a.turn_index - b.turn_index);
  return {
    ...summary,
    requires_attention: attention,
    for_review: review,
    signals: {
      rules: true,
      in_call_flags: input.inCallFlags?.length ?? 0,
      analysis_quotes: quotes.length,
      analysis_criteria: positive,
    },
  };
}
