/**
 * Finds what in a patient turn may need the doctor's attention: lexicon rules and spoken
 * readings, each with its ConText status (affirmed / negated / hypothetical / ...).
 */

import type { CompiledPack } from "./compile";
import { assessFinding, type ContextStatus } from "./context";
import { findReadings } from "./readings";
import { isSpaceCode, type Span } from "./text";
import type { AnalyzedText } from "./transcript";
import type { AttentionCategory, Severity } from "./types";

export interface Finding {
  readonly ruleId: string;
  readonly concept: string;
  readonly category: AttentionCategory;
  readonly severity: Severity;
  /** Evidence span in the patient's message. */
  readonly span: Span;
  readonly status: ContextStatus;
}

/** Affirmed matches of one rule kept per turn; further repeats are skipped. */
const MAX_AFFIRMED_PER_RULE = 8;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { urgent: 3, high: 2, moderate: 1 };

/** Drops whitespace a trailing gap may have swallowed, so the evidence quotes words only. */
function trimSpan(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start: span.start, end };
}

export function findAttention(pack: CompiledPack, text: AnalyzedText, questionSpans: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  const affirmedPerRule = new Map<string, number>();
  for (const match of pack.attention.patterns.matches(text.matchable, text.tokens)) {
    const spec = match.tag;
    // A rule affirmed again and again in a run-on turn adds nothing but work. (Not once only:
    // each request span also keeps its own sentence from being read as an information question.)
    const affirmed = affirmedPerRule.get(spec.id) ?? 0;
    if (affirmed >= MAX_AFFIRMED_PER_RULE) continue;
    const span = trimSpan(text.text, match);
    const status = assessFinding(pack, text, {
      span,
      severity: spec.severity,
      experiencer: spec.experiencer ?? "patient",
      questionMeansHypothetical: spec.questionMeansHypothetical ?? true,
      needsMedicationContext: spec.needsMedicationContext ?? false,
      isMedication: spec.category === "medication_problem",
    }, questionSpans);
    if (status === "affirmed") affirmedPerRule.set(spec.id, affirmed + 1);
    findings.push({ ruleId: spec.id, concept: spec.concept, category: spec.category, severity: spec.severity, span, status });
  }
  for (const reading of findReadings(text, pack.measurements)) {
    const status = assessFinding(pack, text, {
      span: reading.span,
      severity: reading.rule.severity,
      experiencer: "patient",
      questionMeansHypothetical: true,
      needsMedicationContext: false,
      isMedication: false,
    }, questionSpans);
    findings.push({
      ruleId: reading.rule.id,
      concept: reading.rule.concept,
      category: "red_flag_symptom",
      severity: reading.rule.severity,
      span: reading.span,
      status,
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}
