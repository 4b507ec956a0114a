/**
 * Scores the conversation summarizer on a labeled set of conversations.
 *
 *   npm run eval:summarizer [DIR]
 *
 * DIR defaults to the development set beside the repository (../shared/data/transcripts), read
 * as described in its README.md: one ElevenLabs conversation per *.json file with a `labels`
 * key. Prints precision and recall of each list with every miss and false alarm, and exits
 * non-zero when a target is missed.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { formatReport, scoreConversations, type ConversationLabels, type EvaluationReport, type LabeledConversation } from "../src/domain/summarizer/evaluate";
import type { ConversationInput } from "../src/domain/summarizer";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const DEFAULT_DATASET_DIR = path.resolve(REPO_ROOT, "../shared/data/transcripts");

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number" && Number.isInteger(n)) : [];
}

function readLabels(raw: unknown): ConversationLabels | null {
  if (!raw || typeof raw !== "object") return null;
  const labels = raw as Record<string, unknown>;
  return { answered: numbers(labels.answered), unanswered: numbers(labels.unanswered), requires_attention: numbers(labels.requires_attention) };
}

/** Labeled conversations of a directory; the summarizer never sees the labels. */
export function loadLabeledConversations(dir: string): LabeledConversation[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const parsed = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Record<string, unknown>;
      const labels = readLabels(parsed.labels);
      if (!labels) return [];
      const conversation: Record<string, unknown> = { ...parsed };
      delete conversation.labels;
      return [{ file: name, conversation: conversation as ConversationInput, labels }];
    });
}

export function evaluate(dir: string = DEFAULT_DATASET_DIR): EvaluationReport {
  return scoreConversations(loadLabeledConversations(dir));
}

function main(): void {
  const arg = process.argv[2];
  const dir = arg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg) : DEFAULT_DATASET_DIR;
  if (!fs.existsSync(dir)) {
    console.error(`No labeled conversations at ${dir}`);
    process.exit(2);
  }
  const report = evaluate(dir);
  console.log(formatReport(report));
  process.exitCode = report.passed ? 0 : 1;
}

if (require.main === module) main();
