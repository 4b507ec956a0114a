/**
 * Scores the conversation summarizer on every labeled set, side by side.
 *
 *   npm run eval:summarizer                 dev, tuning and (when present) sealed sets
 *   npm run eval:summarizer -- --details    the same, with every miss and false alarm of the
 *                                           sets the team may read (never of the sealed set)
 *   npm run eval:summarizer -- --by-language  the readable sets split by declared language
 *   npm run eval:summarizer -- DIR          one directory, with every miss and false alarm
 *
 * Sets (see functions/test/fixtures/conversations/README.md):
 *  - dev:    ../shared/data/transcripts, ElevenLabs conversations with `labels`;
 *  - tuning: test/fixtures/conversations/tuning, compact corpus files (FORMAT.md);
 *  - sealed: test/fixtures/conversations/sealed, compact corpus files written after the rules
 *            froze. Only figures are printed for it: no file names, no patient words.
 * Exits non-zero when the gate set (sealed when present, else every set) misses a target.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { loadLabeledDirectory, type LoadedConversation } from "./corpus";
import { supportedLanguages } from "../src/domain/summarizer";
import { describeTarget, formatReport, formatValue, LISTS, scoreConversations, type EvaluationReport } from "../src/domain/summarizer/evaluate";

const FUNCTIONS_ROOT = path.resolve(__dirname, "..");
const REPO_ROOT = path.resolve(FUNCTIONS_ROOT, "..");
export const DEFAULT_DATASET_DIR = path.resolve(REPO_ROOT, "../shared/data/transcripts");
export const FIXTURES_DIR = path.resolve(FUNCTIONS_ROOT, "test/fixtures/conversations");
export const TUNING_DIR = path.join(FIXTURES_DIR, "tuning");
export const SEALED_DIR = path.join(FIXTURES_DIR, "sealed");

export interface LabeledSet {
  readonly name: string;
  readonly dir: string;
  /** Whether the team may read its conversations (false: figures only). */
  readonly readable: boolean;
}

export const SETS: readonly LabeledSet[] = [
  { name: "dev", dir: DEFAULT_DATASET_DIR, readable: true },
  { name: "tuning", dir: TUNING_DIR, readable: true },
  { name: "sealed", dir: SEALED_DIR, readable: false },
];

/** Labeled conversations of a directory; the summarizer never sees the labels. */
export function loadLabeledConversations(dir: string): LoadedConversation[] {
  return loadLabeledDirectory(dir);
}

export function hasConversations(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.toLowerCase().endsWith(".json"));
}

export function evaluate(dir: string = DEFAULT_DATASET_DIR): EvaluationReport {
  return scoreConversations(loadLabeledConversations(dir), supportedLanguages());
}

interface ScoredSet {
  readonly set: LabeledSet;
  readonly report: EvaluationReport;
}

function cell(text: string): string {
  return text.padStart(16);
}

/** One row per figure, one column per set. */
export function sideBySide(scored: readonly ScoredSet[]): string {
  const lines: string[] = [];
  const header = "".padEnd(34) + scored.map((s) => cell(`${s.set.name} (${s.report.files})`)).join("");
  lines.push(header);
  for (const list of LISTS) {
    const row = scored.map(({ report }) => {
      const l = report.lists[list];
      return cell(`${formatValue({ list, metric: "precision" }, l.precision)} / ${formatValue({ list, metric: "recall" }, l.recall)}`);
    });
    lines.push(`${`${list} P / R`.padEnd(34)}${row.join("")}`);
  }
  lines.push(`${"red flags in neither list".padEnd(34)}${scored.map(({ report }) => cell(`${report.safety.lost} of ${report.safety.redFlags}`)).join("")}`);
  lines.push(`${"focus (non-flags per flag)".padEnd(34)}${scored.map(({ report }) => cell(report.safety.focus.toFixed(2))).join("")}`);
  lines.push(`${"language read as declared".padEnd(34)}${scored.map(({ report }) => cell(report.languages.declared > 0 ? `${report.languages.correct} of ${report.languages.declared}` : "-")).join("")}`);
  lines.push("", "targets (on conversations the team has never seen):");
  const targets = scored[0]?.report.targets ?? [];
  targets.forEach((target, i) => {
    const row = scored.map(({ report }) => {
      const result = report.targets[i];
      return cell(result ? `${result.met ? "" : "MISS "}${formatValue(result, result.value)}` : "-");
    });
    lines.push(`${describeTarget(target).padEnd(34)}${row.join("")}`);
  });
  return lines.join("\n");
}

function main(): void {
  const args = process.argv.slice(2);
  const details = args.includes("--details");
  const dirArg = args.find((a) => !a.startsWith("--"));
  if (dirArg) {
    const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), dirArg);
    if (!hasConversations(dir)) {
      console.error(`No labeled conversations at ${dir}`);
      process.exit(2);
    }
    const report = evaluate(dir);
    // a directory given by hand is the caller's own; the sealed folder stays figures-only
    const readable = path.resolve(dir) !== SEALED_DIR;
    console.log(formatReport(report, readable));
    process.exitCode = report.passed ? 0 : 1;
    return;
  }
  const scored: ScoredSet[] = [];
  for (const set of SETS) {
    if (!hasConversations(set.dir)) {
      console.log(`(${set.name}: no conversations at ${path.relative(process.cwd(), set.dir) || set.dir})`);
      continue;
    }
    scored.push({ set, report: evaluate(set.dir) });
  }
  if (scored.length === 0) {
    console.error("No labeled set found.");
    process.exit(2);
  }
  console.log(sideBySide(scored));
  if (args.includes("--by-language")) {
    for (const { set } of scored) {
      if (!set.readable) continue;
      const byLanguage = new Map<string, LoadedConversation[]>();
      for (const c of loadLabeledConversations(set.dir)) {
        const key = c.declaredLanguage ?? "?";
        byLanguage.set(key, [...(byLanguage.get(key) ?? []), c]);
      }
      const groups = [...byLanguage].sort((a, b) => a[0].localeCompare(b[0]));
      console.log(`\n===== ${set.name} by language`);
      console.log(sideBySide(groups.map(([language, conversations]) => ({
        set: { name: `${set.name}.${language}`, dir: set.dir, readable: true },
        report: scoreConversations(conversations, supportedLanguages()),
      }))));
    }
  }
  if (details) {
    for (const { set, report } of scored) {
      if (!set.readable) continue;
      console.log(`\n===== ${set.name}\n${formatReport(report, true)}`);
    }
  }
  const sealed = scored.find((s) => s.set.name === "sealed");
  const gate = sealed ? [sealed] : scored;
  process.exitCode = gate.every((s) => s.report.passed) ? 0 : 1;
}

if (require.main === module) main();
