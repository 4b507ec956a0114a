/**
 * Reads ElevenLabs' own post-call analysis (data_collection_results, evaluation_criteria_results).
 *
 * The analysis is an LLM's opinion and is sometimes wrong (it misses red flags and lists wrong
 * ones), so it is used conservatively: it can corroborate an attention item, add for_review
 * items, and break ties on questions the rules judged answered only by paraphrase. It can never
 * remove an item the rules raised, and never adds to requires_attention on its own.
 */

import type { ConversationAnalysis } from "./types";

export interface AnalysisSignals {
  /** Free-text red flags the analysis reported. */
  readonly redFlags: readonly string[];
  /** Whether the analysis says the patient wants the care team to contact them. */
  readonly wantsDoctorContact: boolean;
  /** Free-text questions the analysis reports as unanswered. */
  readonly unansweredQuestions: readonly string[];
}

const RED_FLAG_ID = /red.?flag|warning.?sign|urgent|alarm|symptom|safety|escalat/i;
const CONTACT_ID = /(?:doctor|nurse|clinician|team).?(?:contact|call|callback)|wants?.?(?:doctor|contact|call|callback)|call.?back|speak.?to/i;
const UNANSWERED_ID = /unanswered|not.?answered|open.?question|outstanding.?question/i;
const NOTHING = /^(?:none|no|n\/?a|nil|null|false|nothing|ninguno|ninguna|nada|sin|-|\[\])?\.?$/i;

function textsOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") {
    return value.split(/[;\n]|\?\s/).map((s) => s.trim()).filter((s) => s.length > 0 && !NOTHING.test(s));
  }
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value === "number") return [];
  if (typeof value === "boolean") return [];
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).flatMap(textsOf);
  return [];
}

function truthy(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value > 0;
  if (typeof value === "string") return /^(?:true|yes|si|s\u00ed|y|1)\b/i.test(value.trim());
  return false;
}

export function readAnalysis(analysis: ConversationAnalysis | null | undefined): AnalysisSignals {
  const redFlags: string[] = [];
  const unansweredQuestions: string[] = [];
  let wantsDoctorContact = false;
  const collected = analysis?.data_collection_results ?? {};
  for (const [key, result] of Object.entries(collected)) {
    if (!result || typeof result !== "object") continue;
    const id = typeof result.data_collection_id === "string" ? result.data_collection_id : key;
    if (CONTACT_ID.test(id)) wantsDoctorContact = wantsDoctorContact || truthy(result.value);
    else if (RED_FLAG_ID.test(id)) redFlags.push(...textsOf(result.value));
    else if (UNANSWERED_ID.test(id)) unansweredQuestions.push(...textsOf(result.value));
  }
  const criteria = analysis?.evaluation_criteria_results ?? {};
  for (const [key, result] of Object.entries(criteria)) {
    if (!result || typeof result !== "object") continue;
    const id = typeof result.criteria_id === "string" ? result.criteria_id : key;
    if (RED_FLAG_ID.test(id) && typeof result.rationale === "string" && /fail/i.test(String(result.result ?? ""))) {
      redFlags.push(result.rationale);
    }
  }
  return { redFlags, wantsDoctorContact, unansweredQuestions };
}
