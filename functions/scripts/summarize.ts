/**
 * Summarizes ElevenLabs conversations given as JSON files.
 *
 *   npm run summarize -- FILE...
 *
 * Prints one JSON object per file, one per line:
 * { file, answered_questions, unanswered_questions, requires_attention, for_review, language,
 *   language_unsupported } (the last two added for issue 16; the lists keep their shape).
 * Relative paths are resolved against the directory npm was started from. A `labels` key in a
 * file (the labeled development set) is removed before summarizing.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { summarizeConversation, type ConversationInput } from "../src/domain/summarizer";
import { expandCompact, isCompact } from "./corpus";

export function summarizeFile(file: string, baseDir: string): Record<string, unknown> {
  const raw = JSON.parse(fs.readFileSync(path.resolve(baseDir, file), "utf8")) as unknown;
  // a compact corpus file (test fixtures) is read as the ElevenLabs conversation it describes
  const parsed = (isCompact(raw) ? expandCompact(raw) : raw) as Record<string, unknown>;
  // Some ElevenLabs payloads wrap the conversation in a webhook envelope: { type, data: {...} }.
  const body = parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.transcript) ? (parsed.data as Record<string, unknown>) : parsed;
  const conversation: Record<string, unknown> = { ...body };
  delete conversation.labels;
  const summary = summarizeConversation(conversation as ConversationInput);
  return {
    file,
    answered_questions: summary.answered_questions,
    unanswered_questions: summary.unanswered_questions,
    requires_attention: summary.requires_attention,
    for_review: summary.for_review,
    language: summary.language,
    language_unsupported: summary.language_unsupported,
  };
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: npm run summarize -- FILE...");
    process.exit(2);
  }
  const baseDir = process.env.INIT_CWD ?? process.cwd();
  for (const file of files) {
    try {
      process.stdout.write(`${JSON.stringify(summarizeFile(file, baseDir))}\n`);
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}

if (require.main === module) main();
