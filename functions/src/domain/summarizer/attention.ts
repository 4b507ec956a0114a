/**
 * Finds what in a patient turn may need the doctor's attention: concept rules and spoken
 * readings, each with its ConText status (affirmed / negated / hypothetical / ...).
 *
 * Other senses of clinical words (the pack's idioms) are blanked first. A rule fires where one of
 * its `when` sequences matches and every `with` expression appears nearby; a finding that lacks
 * the qualifier its rule asks for (`qualifiedBy`: new, worse, severe, a number...) is kept, but
 * marked unqualified, so that it reaches for_review instead of requires_attention.
 */

import type { CompiledPack, CompiledRule } from "./compile";
import { assessFinding, type ContextStatus } from "./context";
import { findReadings, normalTemperatures, NO_CALL_FACTS, type CallFacts, type ReadingFinding } from "./readings";
import { blank } from "./rules";
import type { PatternMatch } from "./matcher";
import { firstTokenIndex, isSpaceCode, type Span, type Token } from "./text";
import { analyzeText, type AnalyzedText } from "./transcript";
import { SEVERITY_ORDER } from "../alerts";
import type { AttentionCategory, Severity } from "./types";

export interface Finding {
  readonly ruleId: string;
  readonly concept: string;
  readonly category: AttentionCategory;
  readonly severity: Severity;
  /** Evidence span in the patient's message. */
  readonly span: Span;
  readonly status: ContextStatus;
  /** False when the rule asks for a qualifier (worse, sudden, a number...) and none was said. */
  readonly qualified: boolean;
  /** From a safety-floor rule: only ever a for_review candidate. */
  readonly floor: boolean;
}

/** Affirmed matches of one rule kept per turn; further repeats are skipped. */
const MAX_AFFIRMED_PER_RULE = 8;

/** Higher is more severe; derived from the backend's one severity order (domain/alerts.ts). */
export const SEVERITY_RANK = Object.fromEntries(SEVERITY_ORDER.map((severity, i) => [severity, SEVERITY_ORDER.length - i])) as Readonly<Record<Severity, number>>;

/** Drops whitespace a trailing gap may have swallowed, so the evidence quotes words only. */
function trimSpan(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start: span.start, end };
}

function sentenceOf(text: AnalyzedText, position: number): Span {
  for (const s of text.sentences) if (position >= s.start && position < s.end) return s;
  return { start: 0, end: text.text.length };
}

/** `words` tokens either side of the span, inside its sentence. */
export function wordWindow(text: AnalyzedText, span: Span, words: number): Span {
  const sentence = sentenceOf(text, span.start);
  const first = firstTokenIndex(text.tokens, span.start);
  const last = firstTokenIndex(text.tokens, span.end);
  const from = text.tokens[Math.max(0, first - words)];
  const to = text.tokens[Math.min(text.tokens.length - 1, last + words - 1)];
  return {
    start: Math.max(sentence.start, from ? from.start : sentence.start),
    end: Math.min(sentence.end, to ? to.end : sentence.end),
  };
}

/** The text rules run on: matchable text with the pack's idioms blanked out. */
export function ruleText(pack: CompiledPack, text: AnalyzedText): string {
  const idioms = pack.attention.idioms.matches(text.matchable, text.tokens);
  return blank(text.matchable, idioms);
}

function holds(rule: CompiledRule, source: string, window: Span): { fires: boolean; qualified: boolean } {
  const nearby = source.slice(window.start, window.end);
  if (!rule.with.every((regex) => regex.test(nearby))) return { fires: false, qualified: false };
  return { fires: true, qualified: rule.qualifiedBy === null || rule.qualifiedBy.test(nearby) };
}

/** The rules' matches in `source`: the confident rules' first, then the safety floor's, each in text order. */
function ruleMatches(pack: CompiledPack, source: string, tokens: readonly Token[]): PatternMatch<CompiledRule>[] {
  const found = pack.attention.rules.matches(source, tokens);
  return [...found.filter((m) => m.tag.spec.floor !== true), ...found.filter((m) => m.tag.spec.floor === true)];
}

/**
 * Whether one rule finds something in `text` read as a patient's words (idioms blanked, `with`
 * expressions checked), before any context: what a rule's own examples are tested with.
 */
export function ruleFinds(pack: CompiledPack, ruleId: string, text: string): boolean {
  const analyzed = analyzeText(text, "patient");
  const source = ruleText(pack, analyzed);
  return pack.attention.rules.matches(source, analyzed.tokens).some((m) =>
    m.tag.spec.id === ruleId &&
    holds(m.tag, source, wordWindow(analyzed, trimSpan(analyzed.text, m), m.tag.window)).fires &&
    (!m.tag.spec.needsMedicationContext || pack.context.medicationContext.test(analyzed.matchable)));
}

/** Whether an idiom blanks something in `text`. */
export function idiomFinds(pack: CompiledPack, idiomId: string, text: string): boolean {
  const analyzed = analyzeText(text, "patient");
  return pack.attention.idioms.matches(analyzed.matchable, analyzed.tokens).some((m) => m.tag.id === idiomId);
}

/** A patient turn to read for findings, with what its context needs. */
export interface AttentionInput {
  readonly text: AnalyzedText;
  /** The turn's questions: a finding asked about may be hypothetical. */
  readonly questionSpans: readonly Span[];
  /**
   * The earlier turns of the call, nearest first: their topic tells what bare numbers measure, and
   * a medicine the agent just named is what "I stopped it" refers to.
   */
  readonly history: readonly AnalyzedText[];
}

/**
 * The findings of patient turns, one list per turn. Each step (idioms, rules, their context,
 * readings) runs over every turn before the next step starts, so its patterns stay in the
 * processor's caches; every step reads one turn at a time, so the result is the same as one turn
 * at a time.
 */
export function findAttentionInTurns(pack: CompiledPack, inputs: readonly AttentionInput[], facts: CallFacts = NO_CALL_FACTS, spokenFor?: RegExp): Finding[][] {
  const sources = inputs.map(({ text }) => ruleText(pack, text));
  const matches = inputs.map(({ text }, i) => ruleMatches(pack, sources[i] as string, text.tokens));
  const ruled = inputs.map((input, i) => ruleFindings(pack, input, sources[i] as string, matches[i] ?? [], facts.pregnant, spokenFor));
  const readings = inputs.map(({ text, history }) => findReadings(text, pack.measurements, { history, facts }));
  return inputs.map((input, i) => {
    const findings = [...(ruled[i] ?? []), ...readingFindings(pack, input, readings[i] ?? [], spokenFor)];
    return withMeasuredFevers(pack, input.text, findings).sort((a, b) => a.span.start - b.span.start);
  });
}

/** A fever reading and its words are one concept: "fever" and "temperature" words share it. */
const FEVER_CONCEPT = "fever";

/**
 * A fever said in words, with the patient's own reading below one in the same or the next
 * sentence and none above it in the turn ("Le tomé la fiebre. Treinta y seis con seis."), is held
 * for review: the words and the thermometer disagree, so the doctor reads it, not an alert.
 */
function withMeasuredFevers(pack: CompiledPack, text: AnalyzedText, findings: Finding[]): Finding[] {
  const worded = findings.filter((f) => f.concept === FEVER_CONCEPT && f.status === "affirmed" && !f.ruleId.startsWith("reading."));
  if (worded.length === 0 || findings.some((f) => f.concept === FEVER_CONCEPT && f.ruleId.startsWith("reading."))) return findings;
  const normal = normalTemperatures(text, pack.measurements);
  if (normal.length === 0) return findings;
  return findings.map((f) => {
    if (!worded.includes(f)) return f;
    const own = sentenceOf(text, f.span.start);
    const next = text.sentences.find((s) => s.start >= own.end);
    const measured = normal.some((n) => (n.start >= own.start && n.start < own.end) || (next !== undefined && n.start >= next.start && n.start < next.end));
    return measured ? { ...f, status: "measured_normal" as const } : f;
  });
}

/** The findings of one patient turn (see findAttentionInTurns). */
export function findAttention(pack: CompiledPack, text: AnalyzedText, questionSpans: readonly Span[], history: readonly AnalyzedText[] = [], facts: CallFacts = NO_CALL_FACTS, spokenFor?: RegExp): Finding[] {
  return findAttentionInTurns(pack, [{ text, questionSpans, history }], facts, spokenFor)[0] ?? [];
}

/** The rules' findings of one turn, from its rule matches, each with its context. */
function ruleFindings(pack: CompiledPack, { text, questionSpans, history }: AttentionInput, source: string, matches: readonly PatternMatch<CompiledRule>[], pregnant: () => boolean, spokenFor: RegExp | undefined): Finding[] {
  const findings: Finding[] = [];
  const affirmedPerRule = new Map<string, number>();
  for (const match of matches) {
    const rule = match.tag;
    const spec = rule.spec;
    // A rule affirmed again and again in a run-on turn adds nothing but work. (Not once only:
    // each request span also keeps its own sentence from being read as an information question.)
    const affirmed = affirmedPerRule.get(spec.id) ?? 0;
    if (affirmed >= MAX_AFFIRMED_PER_RULE) continue;
    const span = trimSpan(text.text, match);
    const { fires, qualified } = holds(rule, source, wordWindow(text, span, rule.window));
    if (!fires) continue;
    const status = assessFinding(pack, text, {
      span,
      severity: spec.severity,
      experiencer: spec.experiencer ?? "patient",
      questionMeansHypothetical: spec.questionMeansHypothetical ?? true,
      needsMedicationContext: spec.needsMedicationContext ?? false,
      isMedication: spec.category === "medication_problem",
      persists: spec.persists ?? false,
      passingDoesNotResolve: spec.passingDoesNotResolve ?? false,
      pastIsBaseline: spec.pastIsBaseline ?? false,
      isRequest: spec.category === "doctor_request",
      conditionalIsReal: spec.conditionalIsReal ?? false,
      spokenFor,
    }, questionSpans, history);
    if (status === "affirmed") affirmedPerRule.set(spec.id, affirmed + 1);
    // a qualifier near the match, or one the rule accepts from the call's context (pregnancy, an earlier turn)
    const qualifiedBy = rule.qualifiedBy;
    const qualifiedHere = qualified || (spec.pregnancyQualifies === true && pregnant()) ||
      (spec.qualifiedInHistory === true && qualifiedBy !== null && [source, ...history.map((turn) => turn.matchable)].some((t) => qualifiedBy.test(t)));
    findings.push({ ruleId: spec.id, concept: spec.concept, category: spec.category, severity: spec.severity, span, status, qualified: qualifiedHere && !spec.floor, floor: spec.floor ?? false });
  }
  return findings;
}

/** Readings past a threshold, each with its context. */
function readingFindings(pack: CompiledPack, { text, questionSpans, history }: AttentionInput, readings: readonly ReadingFinding[], spokenFor: RegExp | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const reading of readings) {
    const status = assessFinding(pack, text, {
      span: reading.span,
      severity: reading.rule.severity,
      experiencer: "sentence",
      questionMeansHypothetical: true,
      needsMedicationContext: false,
      isMedication: false,
      persists: false,
      pastIsBaseline: reading.comparesWithEarlier === true,
      isRequest: false,
      conditionalIsReal: false,
      spokenFor,
    }, questionSpans, history);
    findings.push({
      ruleId: reading.rule.id,
      concept: reading.rule.concept,
      category: "red_flag_symptom",
      severity: reading.rule.severity,
      span: reading.span,
      status,
      qualified: true,
      floor: false,
    });
  }
  return findings;
}
