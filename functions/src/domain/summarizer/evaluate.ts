/**
 * Scores the summarizer against hand-labeled conversations (pure; the CLI does the file I/O).
 *
 * For each of the three lists, an item is a true positive when its turn_index is in the matching
 * label list of its file; precision and recall are micro-averaged over all files.
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

export interface Target {
  readonly list: ListName;
  readonly metric: "precision" | "recall";
  readonly minimum: number;
}

export interface TargetResult extends Target {
  readonly value: number;
  readonly met: boolean;
}

export interface EvaluationReport {
  readonly files: number;
  readonly lists: Readonly<Record<ListName, ListScore>>;
  readonly targets: readonly TargetResult[];
  readonly passed: boolean;
}

/** Missing a red flag is the worst failure; false alarms the second worst. */
export const TARGETS: readonly Target[] = [
  { list: "requires_attention", metric: "recall", minimum: 1.0 },
  { list: "requires_attention", metric: "precision", minimum: 0.9 },
  { list: "answered", metric: "precision", minimum: 0.9 },
  { list: "answered", metric: "recall", minimum: 0.9 },
  { list: "unanswered", metric: "precision", minimum: 0.9 },
  { list: "unanswered", metric: "recall", minimum: 0.9 },
];

const LISTS: readonly ListName[] = ["answered", "unanswered", "requires_attention"];
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

export function scoreConversations(conversations: readonly LabeledConversation[]): EvaluationReport {
  const counts: Record<ListName, Tally> = { answered: emptyTally(), unanswered: emptyTally(), requires_attention: emptyTally() };
  for (const { file, conversation, labels } of conversations) {
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
  }
  const score = (c: Tally): ListScore => ({
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    misses: c.misses,
    falseAlarms: c.falseAlarms,
  });
  const lists: Record<ListName, ListScore> = {
    answered: score(counts.answered),
    unanswered: score(counts.unanswered),
    requires_attention: score(counts.requires_attention),
  };
  const targets = TARGETS.map((t) => {
    const value = lists[t.list][t.metric];
    return { ...t, value, met: value >= t.minimum - 1e-9 };
  });
  return { files: conversations.length, lists, targets, passed: targets.every((t) => t.met) };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`.padStart(7);
}

/** Human-readable report: the metrics table, then every miss and false alarm. */
export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(`Summarizer evaluation over ${report.files} conversation(s)`, "");
  lines.push("list                  TP   FP   FN  precision   recall");
  for (const list of LISTS) {
    const s = report.lists[list];
    lines.push(`${list.padEnd(20)}${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}    ${percent(s.precision)}  ${percent(s.recall)}`);
  }
  lines.push("", "targets:");
  for (const t of report.targets) {
    lines.push(`  ${t.met ? "ok  " : "MISS"} ${t.list} ${t.metric} ${percent(t.value).trim()} (target >= ${percent(t.minimum).trim()})`);
  }
  for (const list of LISTS) {
    const s = report.lists[list];
    if (s.misses.length === 0 && s.falseAlarms.length === 0) continue;
    lines.push("", `${list}:`);
    for (const m of s.misses) lines.push(`  missed       ${m.file} turn ${m.turn_index}: ${m.snippet}`);
    for (const f of s.falseAlarms) lines.push(`  false alarm  ${f.file} turn ${f.turn_index}: ${f.snippet}`);
  }
  lines.push("", report.passed ? "All targets met." : "Some targets were missed.");
  return lines.join("\n");
}
