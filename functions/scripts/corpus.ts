/**
 * Labeled conversation sets for the summarizer, read from disk.
 *
 * Two file formats are accepted, one conversation per *.json file:
 *  - the ElevenLabs conversation (GET /v1/convai/conversations/{id}) plus a top-level `labels`
 *    key: the development set in ../shared/data/transcripts;
 *  - the compact corpus format of test/fixtures/conversations/WRITING.md (`turns`, `language`, `labels`...):
 *    the tuning and sealed sets. `expandCompact` turns it into the ElevenLabs shape, so the
 *    summarizer and `npm run summarize` read both the same way.
 *
 * Labels are returned beside the conversation and never passed to the summarizer.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { ConversationLabels, LabeledConversation } from "../src/domain/summarizer/evaluate";
import type { ConversationInput } from "../src/domain/summarizer";

export interface CompactTurn {
  readonly role: "agent" | "user";
  readonly text: string;
}

export interface CompactConversation {
  readonly id: string;
  readonly language: string;
  readonly condition?: string;
  readonly agent_name?: string;
  readonly patient_first_name?: string;
  readonly stt_noise?: boolean;
  readonly cut_off?: boolean;
  readonly turns: readonly CompactTurn[];
  readonly labels?: unknown;
}

/** Speech runs at about 2.5 words a second; the agent answers after about a second. */
const WORDS_PER_SECOND = 2.5;
const AGENT_LATENCY_SECS = 1;
const START_TIME_UNIX_SECS = 1_764_000_000;

function digest(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

function speakingSecs(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_SECOND));
}

export function isCompact(raw: unknown): raw is CompactConversation {
  return !!raw && typeof raw === "object" && Array.isArray((raw as { turns?: unknown }).turns) && !Array.isArray((raw as { transcript?: unknown }).transcript);
}

/**
 * The ElevenLabs conversation a compact file describes: same turns in the same order (so label
 * indices stay valid), realistic times, the metadata and client data an ElevenLabs call carries.
 * `labels` are carried over unchanged; the summarize CLI and the evaluator both strip them.
 */
export function expandCompact(compact: CompactConversation): Record<string, unknown> {
  let time = 0;
  const transcript = compact.turns.map((turn, index) => {
    if (index > 0) time += turn.role === "agent" ? AGENT_LATENCY_SECS : 0;
    const entry = {
      role: turn.role,
      message: turn.text,
      time_in_call_secs: time,
      tool_calls: [],
      tool_results: [],
      feedback: null,
      llm_override: null,
      conversation_turn_metrics: null,
      rag_retrieval_info: null,
      interrupted: false,
      original_message: null,
      source_medium: "audio",
    };
    time += speakingSecs(turn.text);
    return entry;
  });
  const id = compact.id;
  const expanded: Record<string, unknown> = {
    agent_id: `agent_${digest(`${compact.agent_name ?? ""}:${compact.condition ?? ""}`, 26)}`,
    agent_name: compact.agent_name ?? null,
    conversation_id: `conv_${digest(id, 26)}`,
    status: "done",
    user_id: `patient_${digest(`${id}:${compact.patient_first_name ?? ""}`, 12)}`,
    has_audio: true,
    has_user_audio: true,
    has_response_audio: true,
    has_auxiliary_audio: false,
    transcript,
    metadata: {
      start_time_unix_secs: START_TIME_UNIX_SECS,
      call_duration_secs: time,
      termination_reason: compact.cut_off ? "Client disconnected: 1006" : "Client disconnected: 1000",
      main_language: compact.language,
      text_only: false,
      authorization_method: "signed_url",
    },
    analysis: null,
    conversation_initiation_client_data: { dynamic_variables: { patient_first_name: compact.patient_first_name ?? "" } },
  };
  if (compact.labels !== undefined) expanded.labels = compact.labels;
  return expanded;
}

function indices(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number" && Number.isInteger(n)) : [];
}

export function readLabels(raw: unknown): ConversationLabels | null {
  if (!raw || typeof raw !== "object") return null;
  const labels = raw as Record<string, unknown>;
  return { answered: indices(labels.answered), unanswered: indices(labels.unanswered), requires_attention: indices(labels.requires_attention) };
}

export interface LoadedConversation extends LabeledConversation {
  /** The conversation's language as its writer declared it (compact files), if known. */
  readonly declaredLanguage: string | null;
}

/** Reads one file of either format; `labels` are split off the conversation. */
export function loadConversationFile(file: string): LoadedConversation | null {
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
  const declaredLanguage = isCompact(raw) && typeof raw.language === "string" ? raw.language : null;
  const body = (isCompact(raw) ? expandCompact(raw) : raw) as Record<string, unknown>;
  const labels = readLabels(body.labels);
  if (!labels) return null;
  const conversation: Record<string, unknown> = { ...body };
  delete conversation.labels;
  const fallback = (conversation.metadata as { main_language?: unknown } | undefined)?.main_language;
  return {
    file: path.basename(file),
    conversation: conversation as ConversationInput,
    labels,
    declaredLanguage: declaredLanguage ?? (typeof fallback === "string" ? fallback : null),
  };
}

/** Every labeled conversation of a directory, in file-name order. */
export function loadLabeledDirectory(dir: string): LoadedConversation[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".json"))
    .sort()
    .flatMap((name) => {
      const loaded = loadConversationFile(path.join(dir, name));
      return loaded ? [loaded] : [];
    });
}
