/**
 * Scores the summarizer against hand-labeled conversations (pure; the CLI does the file I/O).
 *
 * For each of the three lists, an item is a true positive when its turn_index is in the matching
 * label list of its file; precision and recall are micro-averaged over all files. Two safety
 * figures look at requires_attention and for_review together, because the doctor is alerted by
 * both:
 *  - red flags lost: labeled attention turns in neither list (the worst failure);
 *  - focus: turns in either list that are not labeled red flags, per labeled red flag.
 */

import { summarizeConversation } from "./summarize";
import type { ConversationInput, ConversationSummary } from "./types";
import { clip } from "./text";

export type ListName = "answered" | "unanswered" | "requires_attention";

export interface ConversationLabels {
  readonly answered: readonly number[];
  readonly unanswered: readonly number[];
  readonly requires_attention: readonly number[];
}

export interface LabeledConversation {
  readonly file: string;
  readonly conversation: ConversationInput;
  readonly labels: ConversationLabels;
  /** The language the conversation's writer declared, when known (for detection accuracy). */
  readonly declaredLanguage?: string | null;
}

export interface ScoredTurn {
  readonly file: string;
  readonly turn_index: number;
  readonly snippet: string;
}

export interface ListScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: readonly ScoredTurn[];
  readonly falseAlarms: readonly ScoredTurn[];
}

export interface SafetyScore {
  /** Labeled red flags (requires_attention labels). */
  readonly redFlags: number;
  /** Labeled red flags in neither requires_attention nor for_review. */
  readonly lost: number;
  /** Turns in requires_attention or for_review that are not labeled red flags. */
  readonly extra: number;
  /** extra / redFlags. */
  readonly focus: number;
  readonly lostTurns: readonly ScoredTurn[];
  /** Turns only in for_review that are not labeled red flags (what costs the focus). */
  readonly extraTurns: readonly ScoredTurn[];
}

export interface LanguageScore {
  /** Conversations whose declared language was known. */
  readonly declared: number;
  /** Of those, read in the declared language (or marked unsupported when no pack has it). */
  readonly correct: number;
  readonly wrong: ReadonlyArray<{ readonly file: string; readonly declared: string; readonly detected: string }>;
}

export type Metric =
  | { readonly list: ListName; readonly metric: "precision" | "recall" }
  | { readonly list: "safety"; readonly metric: "lost" | "focus" };

export type Target = Metric & { readonly bound: number; readonly direction: "min" | "max" };

export type TargetResult = Target & { readonly value: number; readonly met: boolean };

export interface EvaluationReport {
  readonly files: number;
  readonly lists: Readonly<Record<ListName, ListScore>>;
  readonly safety: SafetyScore;
  readonly languages: LanguageScore;
  readonly targets: readonly TargetResult[];
  readonly passed: boolean;
}

/**
 * Targets on conversations the team has never seen (issue 16). Missing a red flag is the worst
 * failure, so every labeled red flag must reach the doctor through one of the two lists.
 */
export const TARGETS: readonly Target[] = [
  { list: "requires_attention", metric: "recall", bound: 0.9, direction: "min" },
  { list: "requires_attention", metric: "precision", bound: 0.85, direction: "min" },
  { list: "safety", metric: "lost", bound: 0, direction: "max" },
  { list: "safety", metric: "focus", bound: 1.5, direction: "max" },
  { list: "unanswered", metric: "precision", bound: 0.85, direction: "min" },
  { list: "unanswered", metric: "recall", bound: 0.85, direction: "min" },
  { list: "answered", metric: "precision", bound: 0.9, direction: "min" },
  { list: "answered", metric: "recall", bound: 0.9, direction: "min" },
];

export const LISTS: readonly ListName[] = ["answered", "unanswered", "requires_attention"];
const SNIPPET_CHARS = 110;

function predicted(summary: ConversationSummary, list: ListName): Set<number> {
  const items = list === "answered" ? summary.answered_questions : list === "unanswered" ? summary.unanswered_questions : summary.requires_attention;
  return new Set(items.map((item) => item.turn_index));
}

function snippetOf(conversation: ConversationInput, turn: number): string {
  const entry = conversation.transcript?.[turn];
  return clip(typeof entry?.message === "string" ? entry.message : "", SNIPPET_CHARS);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: ScoredTurn[];
  falseAlarms: ScoredTurn[];
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: [] });

function score(c: Tally): ListScore {
  return {
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    misses: c.misses,
    falseAlarms: c.falseAlarms,
  };
}

/** The language a conversation should be read in: its own, or "unsupported" when no pack has it. */
function expectedLanguage(declared: string, supported: ReadonlySet<string>): string {
  const code = declared.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return supported.has(code) ? code : "unsupported";
}

function valueOf(target: Metric, lists: Readonly<Record<ListName, ListScore>>, safety: SafetyScore): number {
  if (target.list === "safety") return target.metric === "lost" ? safety.lost : safety.focus;
  return lists[target.list][target.metric];
}

export function scoreConversations(conversations: readonly LabeledConversation[], supportedLanguages: readonly string[] = []): EvaluationReport {
  const counts: Record<ListName, Tally> = { answered: emptyTally(), unanswered: emptyTally(), requires_attention: emptyTally() };
  const safety = { redFlags: 0, lost: 0, extra: 0, lostTurns: [] as ScoredTurn[], extraTurns: [] as ScoredTurn[] };
  const supported = new Set(supportedLanguages);
  const languages = { declared: 0, correct: 0, wrong: [] as Array<{ file: string; declared: string; detected: string }> };
  for (const { file, conversation, labels, declaredLanguage } of conversations) {
    const summary = summarizeConversation(conversation);
    for (const list of LISTS) {
      const got = predicted(summary, list);
      const want = new Set(labels[list]);
      const c = counts[list];
      for (const turn of got) {
        if (want.has(turn)) c.tp++;
        else {
          c.fp++;
          c.falseAlarms.push({ file, turn_index: turn, snippet: snippetOf(conversation, turn) });
        }
      }
      for (const turn of want) {
        if (got.has(turn)) continue;
        c.fn++;
        c.misses.push({ file, turn_index: turn, snippet: snippetOf(conversation, turn) });
      }
    }
    const flags = new Set(labels.requires_attention);
    const attention = predicted(summary, "requires_attention");
    const alerted = new Set([...attention, ...summary.for_review.map((r) => r.turn_index)]);
    safety.redFlags += flags.size;
    for (const turn of flags) {
      if (alerted.has(turn)) continue;
      safety.lost++;
      safety.lostTurns.push({ file, turn_index: turn, snippet: snippetOf(conversation, turn) });
    }
    for (const turn of alerted) {
      if (flags.has(turn)) continue;
      safety.extra++;
      if (!attention.has(turn)) safety.extraTurns.push({ file, turn_index: turn, snippet: snippetOf(conversation, turn) });
    }
    if (declaredLanguage && supported.size > 0) {
      languages.declared++;
      const want = expectedLanguage(declaredLanguage, supported);
      const got = summary.language_unsupported ? "unsupported" : summary.language;
      if (want === got) languages.correct++;
      else languages.wrong.push({ file, declared: declaredLanguage, detected: got });
    }
  }
  const lists: Record<ListName, ListScore> = {
    answered: score(counts.answered),
    unanswered: score(counts.unanswered),
    requires_attention: score(counts.requires_attention),
  };
  const safetyScore: SafetyScore = { ...safety, focus: safety.redFlags === 0 ? 0 : safety.extra / safety.redFlags };
  const targets = TARGETS.map((t): TargetResult => {
    const value = valueOf(t, lists, safetyScore);
    const met = t.direction === "min" ? value >= t.bound - 1e-9 : value <= t.bound + 1e-9;
    return { ...t, value, met };
  });
  return { files: conversations.length, lists, safety: safetyScore, languages, targets, passed: targets.every((t) => t.met) };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

export function formatValue(metric: Metric, value: number): string {
  if (metric.list === "safety") return metric.metric === "lost" ? String(value) : value.toFixed(2);
  return percent(value);
}

export function describeTarget(t: Target): string {
  const name = t.list === "safety" ? (t.metric === "lost" ? "red flags in neither list" : "focus (non-flags per flag)") : `${t.list} ${t.metric}`;
  return `${name} ${t.direction === "min" ? ">=" : "<="} ${formatValue(t, t.bound)}`;
}

/**
 * Human-readable report of one set. With `withTexts` false (the sealed set) it shows figures
 * only: no file names and no patient words.
 */
export function formatReport(report: EvaluationReport, withTexts = true): string {
  const lines: string[] = [];
  lines.push(`Summarizer evaluation over ${report.files} conversation(s)`, "");
  lines.push("list                  TP   FP   FN  precision   recall");
  for (const list of LISTS) {
    const s = report.lists[list];
    lines.push(`${list.padEnd(20)}${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}    ${percent(s.precision).padStart(7)}  ${percent(s.recall).padStart(7)}`);
  }
  const safety = report.safety;
  lines.push("", `red flags in neither attention nor for_review: ${safety.lost} of ${safety.redFlags}`);
  lines.push(`focus: ${safety.extra} non-flag turns alerted for ${safety.redFlags} red flags = ${safety.focus.toFixed(2)} per flag`);
  if (report.languages.declared > 0) lines.push(`language read as declared: ${report.languages.correct} of ${report.languages.declared}`);
  lines.push("", "targets:");
  for (const t of report.targets) lines.push(`  ${t.met ? "ok  " : "MISS"} ${describeTarget(t)}: ${formatValue(t, t.value)}`);
  if (withTexts) {
    for (const list of LISTS) {
      const s = report.lists[list];
      if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
      lines.push("", `${list}:`);
      for (const m of s.misses) lines.push(`  missed       ${m.file} turn ${m.turn_index}: ${m.snippet}`);
      for (const f of s.falseAlarms) lines.push(`  false alarm  ${f.file} turn ${f.turn_index}: ${f.snippet}`);
    }
    if (safety.lostTurns.length > 0 || safety.extraTurns.length > 0) {
      lines.push("", "for_review:");
      for (const m of safety.lostTurns) lines.push(`  lost flag    ${m.file} turn ${m.turn_index}: ${m.snippet}`);
      for (const f of safety.extraTurns) lines.push(`  review only  ${f.file} turn ${f.turn_index}: ${f.snippet}`);
    }
    for (const w of report.languages.wrong) lines.push(`  language     ${w.file}: declared ${w.declared}, read as ${w.detected}`);
  }
  lines.push("", report.passed ? "All targets met." : "Some targets were missed.");
  return lines.join("\n");
}
