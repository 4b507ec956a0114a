// In-memory state of the stand-in, plus the options it was started with.

import { randomBytes } from "node:crypto";
import { Faults } from "./faults.ts";
import { DEFAULT_PLAN, PLANS } from "./plan.ts";
import { computeAnalysis } from "./conversation/analysis.ts";
import type { PlanLimits, PlanName } from "./plan.ts";

export interface EmulatorOptions {
  /** 0 = a random free port. Default 8911 for the CLI, 0 for startElevenLabsEmulator. */
  port?: number;
  host?: string;
  /** The only accepted `xi-api-key`. Default "local-dev-key". */
  apiKey?: string;
  /** Where post-call webhooks go. No URL = no webhooks. */
  webhookUrl?: string;
  /** HMAC secret for the `ElevenLabs-Signature` header. Default "local-webhook-secret". */
  webhookSecret?: string;
  /** Attempts per webhook, retries only for 5xx/429/408 (1 = no retries, as ElevenLabs by default). Default 1. */
  webhookMaxAttempts?: number;
  /** Backoff before retry i is webhookRetryBaseMs * 2^i (capped at 30 s). Default 500. */
  webhookRetryBaseMs?: number;
  /** Time a closed conversation spends in `processing` before `done`. Default 1000. */
  processingDelayMs?: number;
  /** Added to every request (global latency). Default 0. */
  latencyMs?: number;
  /** Validity of a signed URL. Default 15 min. */
  signedUrlTtlMs?: number;
  /** Time a RAG index takes: `created`, then `processing`, then `succeeded` (or `failed`). Default 300. */
  ragIndexDelayMs?: number;
  /** Interval between server `ping` events on the conversation socket; 0 = none. Default 0. */
  pingIntervalMs?: number;
  /** Delay before an agent reply on the socket ("thinking"). Default 0. */
  responseDelayMs?: number;
  /** How long the server waits for `conversation_initiation_client_data` before starting anyway. Default 300. */
  initiationWaitMs?: number;
  /** Pause between TTS stream chunks. Default 15. */
  streamChunkIntervalMs?: number;
  /** Minimum share (0..1) of the question's weighted terms a passage must cover to be used. Default 0.3. */
  minRetrievalScore?: number;
  /** Use the agent's dynamic_variable_placeholders as defaults for variables a conversation does not send. Default true. */
  placeholderDefaults?: boolean;
  /** A conversation with no client message for this long (virtual clock) is closed (transport_receive_timeout); 0 = never. Default 60000. */
  receiveTimeoutMs?: number;
  /** The subscription plan whose limits apply (knowledge size, RAG index size, concurrency). Default "creator". */
  plan?: PlanName;
  /** How long each text-to-speech request holds its concurrency slot before it answers. Default 0. */
  ttsGenerationMs?: number;
  /** Print one line per request to stderr. */
  verbose?: boolean;
}

export type ResolvedOptions = Required<Omit<EmulatorOptions, "webhookUrl">> & { webhookUrl?: string };

export function resolveOptions(o: EmulatorOptions): ResolvedOptions {
  return {
    port: o.port ?? 0,
    host: o.host ?? "127.0.0.1",
    apiKey: o.apiKey ?? "local-dev-key",
    webhookUrl: o.webhookUrl || undefined,
    webhookSecret: o.webhookSecret ?? "local-webhook-secret",
    webhookMaxAttempts: Math.max(1, o.webhookMaxAttempts ?? 1),
    webhookRetryBaseMs: o.webhookRetryBaseMs ?? 500,
    processingDelayMs: o.processingDelayMs ?? 1000,
    latencyMs: o.latencyMs ?? 0,
    signedUrlTtlMs: o.signedUrlTtlMs ?? 15 * 60 * 1000,
    ragIndexDelayMs: o.ragIndexDelayMs ?? 300,
    pingIntervalMs: o.pingIntervalMs ?? 0,
    responseDelayMs: o.responseDelayMs ?? 0,
    initiationWaitMs: o.initiationWaitMs ?? 300,
    streamChunkIntervalMs: o.streamChunkIntervalMs ?? 15,
    minRetrievalScore: o.minRetrievalScore ?? 0.3,
    placeholderDefaults: o.placeholderDefaults ?? true,
    receiveTimeoutMs: o.receiveTimeoutMs ?? 60_000,
    plan: o.plan ?? DEFAULT_PLAN,
    ttsGenerationMs: o.ttsGenerationMs ?? 0,
    verbose: o.verbose ?? false,
  };
}

export type Json = Record<string, unknown>;

export interface KbDocument {
  id: string;
  name: string;
  type: "text" | "file" | "url";
  /** Plain text used for retrieval. */
  text: string;
  /** What GET returns as extracted_inner_html. */
  html: string;
  filename?: string;
  url?: string;
  parentFolderId?: string;
  createdAt: number;
  updatedAt: number;
  sizeBytes: number;
  /** Characters of extracted text (what the 300,000-character workspace cap counts). */
  characters: number;
  ragIndexes: RagIndex[];
}

/** How an index ends. `document_too_small` and `rag_limit_exceeded` are known at once; the others after the indexing time. */
export type RagOutcome = "succeeded" | "failed" | "rag_limit_exceeded" | "document_too_small";

export interface RagIndex {
  id: string;
  model: string;
  createdAtMs: number;
  /** The document's original size: what the plan's RAG cap counts. */
  usedBytes: number;
  outcome: RagOutcome;
}

export interface Agent {
  agent_id: string;
  name: string;
  conversation_config: Json;
  platform_settings: Json;
  workflow?: unknown;
  tags: string[];
  created_at_unix_secs: number;
  updated_at_unix_secs: number;
}

export interface TranscriptTurn {
  role: "user" | "agent";
  message: string | null;
  time_in_call_secs: number;
  source_medium?: "text" | "audio";
  interrupted?: boolean;
  original_message?: string | null;
  rag_retrieval_info?: Json | null;
  tool_calls?: Json[];
  tool_results?: Json[];
  feedback?: unknown;
  llm_override?: null;
  conversation_turn_metrics?: unknown;
}

export interface Conversation {
  conversation_id: string;
  agent_id: string;
  agent_name: string;
  status: "initiated" | "in-progress" | "processing" | "done" | "failed";
  startMs: number;
  endMs?: number;
  transcript: TranscriptTurn[];
  user_id: string | null;
  authorization_method: string;
  termination_reason: string;
  main_language: string;
  text_only: boolean;
  initiation_client_data: Json | null;
  analysis: Json | null;
  error: Json | null;
  /** No transition to done (fault `conversation_stuck`). */
  stuck: boolean;
}

export interface SignedUrlRecord {
  signature: string;
  agent_id: string;
  conversation_id: string | null;
  include_conversation_id: boolean;
  issued_at_ms: number;
  expires_at_ms: number;
  uses: number;
}

export interface TtsRecord {
  request_id: string;
  voice_id: string;
  model_id: string;
  output_format: string;
  characters: number;
  endpoint: string;
  previous_request_ids: string[];
  next_request_ids: string[];
  previous_text: string | null;
  next_text: string | null;
  at_ms: number;
}

export interface WebhookAttempt {
  at_ms: number;
  status: number | null;
  error: string | null;
}

export interface WebhookDelivery {
  id: string;
  type: string;
  conversation_id: string;
  url: string;
  /** "pending" | "delivered" | "failed" | "dropped" | "skipped_disabled" */
  state: string;
  copy: number;
  attempts: WebhookAttempt[];
  body: string;
}

export interface RequestLogEntry {
  at_ms: number;
  method: string;
  path: string;
  route: string;
  status: number | null;
  request_id: string;
  fault: string | null;
}

export interface AnalysisPreset {
  agent_id?: string;
  conversation_id?: string;
  analysis: Json;
  /** Lay these fields over the computed analysis instead of replacing it. */
  merge?: boolean;
}

/** A tool call a test scripts for the next user turn of a conversation (POST /_emulator/tool-calls). */
export interface ScriptedToolCall {
  id: string;
  conversation_id?: string;
  agent_id?: string;
  tool_name: string;
  parameters: Json;
}

/** One webhook tool request the stand-in made during a conversation. */
export interface ToolCallRecord {
  request_id: string;
  conversation_id: string;
  agent_id: string;
  tool_name: string;
  trigger: "red_flag" | "scripted";
  method: string;
  url: string;
  body: string | null;
  status: number | null;
  is_error: boolean;
  error: string | null;
  at_ms: number;
}

/** The one workspace webhook the stand-in has (its URL is --webhook-url). */
export interface WebhookSettings {
  webhook_id: string;
  name: string;
  created_at_unix: number;
  /** Switched off by a user (PATCH is_disabled, or the control API). */
  is_disabled: boolean;
  /** Switched off by the stand-in after repeated failures. */
  is_auto_disabled: boolean;
  consecutive_failures: number;
  last_success_at_ms: number | null;
  most_recent_failure_error_code: number | null;
  most_recent_failure_at_ms: number | null;
  /** PATCH retry_enabled; --webhook-max-attempts > 1 turns retries on as well. */
  retry_enabled: boolean;
}

export function newWebhookSettings(em: Emulator): WebhookSettings {
  return {
    webhook_id: `wh_${randomId(20)}`,
    name: "Post-call webhook (local stand-in)",
    created_at_unix: em.nowSecs(),
    is_disabled: false,
    is_auto_disabled: false,
    consecutive_failures: 0,
    last_success_at_ms: null,
    most_recent_failure_error_code: null,
    most_recent_failure_at_ms: null,
    retry_enabled: false,
  };
}

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALNUM_MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function randomId(len: number, alphabet = ALNUM): string {
  const bytes = randomBytes(len);
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[bytes[i] % alphabet.length];
  return s;
}

export const ids = {
  agent: () => `agent_${randomId(4, "0123456789")}k${randomId(21)}`,
  conversation: () => `conv_${randomId(4, "0123456789")}k${randomId(21)}`,
  document: () => randomId(20, ALNUM_MIXED),
  ragIndex: () => randomId(20, ALNUM_MIXED),
  request: () => randomBytes(16).toString("hex"),
  signature: () => `cvtkn_${randomBytes(24).toString("base64url")}`,
};

export class Emulator {
  opts: ResolvedOptions;
  baseUrl = "";
  documents = new Map<string, KbDocument>();
  agents = new Map<string, Agent>();
  conversations = new Map<string, Conversation>();
  signedUrls = new Map<string, SignedUrlRecord>();
  tts: TtsRecord[] = [];
  webhookDeliveries: WebhookDelivery[] = [];
  requests: RequestLogEntry[] = [];
  analysisPresets: AnalysisPreset[] = [];
  scriptedToolCalls: ScriptedToolCall[] = [];
  toolCalls: ToolCallRecord[] = [];
  faults = new Faults();
  /** Virtual clock offset, moved by POST /_emulator/clock. */
  clockOffsetMs = 0;
  /** The plan in force (starts as opts.plan; POST /_emulator/plan changes it). */
  plan: PlanName;
  /** Text-to-speech requests being answered right now (the plan's concurrency counts these). */
  ttsInFlight = 0;
  /** The workspace webhook: enabled or disabled, and its failure counters. */
  webhook: WebhookSettings;
  timers = new Set<NodeJS.Timeout>();
  /** Hooks set by the server (socket and webhook modules) so state stays free of I/O. */
  onConversationDone: (c: Conversation) => void = () => {};
  /** Open conversation sockets (set by the server). */
  openConversationCount: () => number = () => 0;
  /** Called after the virtual clock moves, so time limits apply at once. */
  onClockAdvanced: () => void = () => {};

  constructor(opts: ResolvedOptions) {
    this.opts = opts;
    this.plan = opts.plan;
    this.webhook = newWebhookSettings(this);
  }

  limits(): PlanLimits {
    return PLANS[this.plan];
  }

  /** Bytes the plan's RAG cap counts: documents whose index succeeded or is still being built. */
  ragIndexedBytes(): number {
    let bytes = 0;
    for (const d of this.documents.values()) for (const i of d.ragIndexes) if (i.outcome === "succeeded") bytes += i.usedBytes;
    return bytes;
  }

  /** Status of an index at this moment on the virtual clock: created -> processing -> its outcome. */
  ragStatus(idx: RagIndex): "created" | "processing" | RagOutcome {
    if (idx.outcome === "document_too_small" || idx.outcome === "rag_limit_exceeded") return idx.outcome;
    const delay = this.opts.ragIndexDelayMs;
    const elapsed = this.now() - idx.createdAtMs;
    if (delay <= 0 || elapsed >= delay) return idx.outcome;
    return elapsed < delay * 0.1 ? "created" : "processing";
  }

  /** Size of the workspace's knowledge base, as the plan's caps count it. */
  knowledgeUsage(): { bytes: number; characters: number; documents: number } {
    let bytes = 0;
    let characters = 0;
    for (const d of this.documents.values()) {
      bytes += d.sizeBytes;
      characters += d.characters ?? 0;
    }
    return { bytes, characters, documents: this.documents.size };
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
    this.onClockAdvanced();
  }

  nowSecs(): number {
    return Math.floor(this.now() / 1000);
  }

  setTimer(fn: () => void, ms: number): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
    return t;
  }

  reset(): void {
    this.documents.clear();
    this.agents.clear();
    this.conversations.clear();
    this.signedUrls.clear();
    this.tts = [];
    this.webhookDeliveries = [];
    this.requests = [];
    this.analysisPresets = [];
    this.scriptedToolCalls = [];
    this.toolCalls = [];
    this.faults.clear();
    this.clockOffsetMs = 0;
    this.plan = this.opts.plan;
    this.webhook = newWebhookSettings(this);
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /** Which agents reference a knowledge-base document. */
  dependentAgents(docId: string): Agent[] {
    return [...this.agents.values()].filter((a) => knowledgeBaseOf(a).some((k) => k.id === docId));
  }

  /** Moves a closed conversation on: processing, then done (or stuck / failed as faults say). */
  finishConversation(c: Conversation, reason: string): void {
    c.endMs = this.now();
    c.termination_reason = reason;
    c.status = "processing";
    const fault = this.faults.take("conversation.processing", "POST", `/conversations/${c.conversation_id}`, ["conversation_stuck", "conversation_failed"]);
    if (fault?.kind === "conversation_stuck") {
      c.stuck = true;
      return;
    }
    this.setTimer(() => {
      if (c.status !== "processing" || !this.conversations.has(c.conversation_id)) return;
      if (fault?.kind === "conversation_failed") {
        this.failConversation(c, String(fault.reason ?? "Analysis failed (injected fault)."));
        return;
      }
      this.completeConversation(c);
    }, this.opts.processingDelayMs);
  }

  completeConversation(c: Conversation): void {
    c.status = "done";
    c.stuck = false;
    const preset = this.analysisPresets.find((p) => p.conversation_id === c.conversation_id) ?? this.analysisPresets.find((p) => !p.conversation_id && (!p.agent_id || p.agent_id === c.agent_id));
    if (!c.analysis) {
      // ElevenLabs' LLM analyses every finished conversation; the stand-in's rules do it here.
      const computed = computeAnalysis(this.agents.get(c.agent_id), c);
      c.analysis = preset ? (preset.merge ? { ...computed, ...preset.analysis } : preset.analysis) : computed;
    }
    this.onConversationDone(c);
  }

  failConversation(c: Conversation, reason: string, code = 1011): void {
    c.endMs ??= this.now();
    c.status = "failed";
    c.stuck = false;
    c.termination_reason ||= reason;
    c.error = { code, reason };
  }
}

export function knowledgeBaseOf(a: Agent): { id: string; name?: string; type?: string; usage_mode?: string }[] {
  const agent = (a.conversation_config.agent ?? {}) as Json;
  const prompt = (agent.prompt ?? {}) as Json;
  const kb = prompt.knowledge_base;
  return Array.isArray(kb) ? (kb.filter((k) => k && typeof k === "object" && typeof (k as Json).id === "string") as { id: string }[]) : [];
}
