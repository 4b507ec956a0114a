// The conversation WebSocket: ws://HOST/v1/convai/conversation?agent_id=...&conversation_signature=...[&conversation_id=...]
// Text mode of the agent protocol (API-NOTES §7): no speech recognition, no LLM. Answers come from
// the agent's knowledge-base documents by keyword retrieval, or a fixed deflection.

import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";
import { ids, knowledgeBaseOf } from "../state.ts";
import type { Agent, Conversation, Emulator, Json, TranscriptTurn } from "../state.ts";
import { DEFLECTION_EN, DEFLECTION_ES, htmlToText, retrieve, splitPassages } from "./retrieval.ts";
import type { Passage } from "./retrieval.ts";
import { render, parseOutputFormat, timeline, hash32 } from "../audio/speech.ts";
import { SOCKET_PATH } from "../routes/signed-url.ts";
import { ragSettings } from "../routes/agents.ts";
import { RAG_MIN_BYTES, ragReady } from "../routes/knowledge-base.ts";
import { agentLanguage, agentTtsModel, languageModelConflict } from "../rules/agent-config.ts";
import { BURST_CAP, BURST_MULTIPLIER } from "../plan.ts";
import { missingVariables, placeholders, pythonSet, scalarVariables, substitute, toolVariables } from "./variables.ts";
import { findRedFlags, flaggedReply } from "./fake-llm.ts";
import { callWebhookTool, RED_FLAG_TOOL, webhookTools } from "./tools.ts";

/** ElevenLabs' default for conversation.max_duration_seconds. */
export const DEFAULT_MAX_DURATION_SECS = 600;
const LIMIT_CHECK_INTERVAL_MS = 200;

const DEFAULT_CLIENT_EVENTS = ["audio", "interruption", "agent_response", "user_transcript", "tentative_user_transcript", "conversation_initiation_metadata", "ping"];

function rejectUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const type = status === 404 ? "not_found" : status === 429 ? "rate_limit_error" : status >= 500 ? "internal_error" : "authentication_error";
  const body = JSON.stringify({ detail: { type, code, message, status: code, request_id: ids.request() } });
  socket.write(
    `HTTP/1.1 ${status} ${status === 401 ? "Unauthorized" : status === 403 ? "Forbidden" : status === 404 ? "Not Found" : status === 429 ? "Too Many Requests" : "Error"}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.destroy();
}

function get(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const k of path) {
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as Json)[k];
  }
  return cur;
}

/** Paths of every leaf in an override object (for the platform_settings.overrides check). */
function leafPaths(obj: Json, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === "object" && !Array.isArray(v)) out.push(...leafPaths(v as Json, [...prefix, k]));
    else if (v !== null && v !== undefined) out.push([...prefix, k]);
  }
  return out;
}

/** A WebSocket close reason is at most 123 bytes of UTF-8. */
function closeReason(message: string): string {
  let r = message;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  return r;
}

export class ConversationSockets {
  em: Emulator;
  wss: WebSocketServer;
  open = new Set<WebSocket>();
  limitChecks = new Map<WebSocket, () => void>();
  /** Open conversations and their agent ids: what the concurrency limits count. */
  agentOf = new Map<WebSocket, string>();

  constructor(em: Emulator) {
    this.em = em;
    this.wss = new WebSocketServer({
      noServer: true,
      handleProtocols: (protocols) => (protocols.has("convai") ? "convai" : false),
    });
  }

  /** Returns true if the upgrade request was for the conversation socket. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.replace(/\/$/, "") !== SOCKET_PATH) return false;
    const em = this.em;
    const fault = em.faults.take("convai.websocket", "GET", url.pathname, ["drop", "rate_limit", "error", "system_busy"]);
    if (fault?.kind === "drop") {
      socket.destroy();
      return true;
    }
    if (fault?.kind === "system_busy") {
      rejectUpgrade(socket, 429, "system_busy", "Our services are experiencing high levels of traffic and your request could not be processed. Please retry with exponential backoff.");
      return true;
    }
    if (fault?.kind === "rate_limit") {
      rejectUpgrade(socket, 429, fault.code ?? "rate_limit_exceeded", "Too many concurrent conversations (injected fault).");
      return true;
    }
    if (fault?.kind === "error") {
      rejectUpgrade(socket, fault.status ?? 500, fault.code ?? "internal_error", "Internal error (injected fault).");
      return true;
    }
    const agentId = url.searchParams.get("agent_id") ?? "";
    const agent = em.agents.get(agentId);
    if (!agent) {
      rejectUpgrade(socket, 404, "agent_not_found", `Agent ${agentId} was not found.`);
      return true;
    }
    const signature = url.searchParams.get("conversation_signature");
    let conversationId: string;
    let authMethod = "public";
    if (signature) {
      const rec = em.signedUrls.get(signature);
      const requested = url.searchParams.get("conversation_id");
      if (!rec || rec.agent_id !== agentId || (rec.conversation_id && requested && requested !== rec.conversation_id)) {
        rejectUpgrade(socket, 403, "invalid_signature", "The conversation signature is invalid.");
        return true;
      }
      if (em.now() > rec.expires_at_ms) {
        rejectUpgrade(socket, 403, "signature_expired", "The conversation signature has expired. Signed URLs must be used within 15 minutes.");
        return true;
      }
      if (rec.include_conversation_id && rec.uses > 0) {
        rejectUpgrade(socket, 403, "signature_already_used", "This conversation signature has already been used.");
        return true;
      }
      const busy = this.concurrencyRefusal(agent);
      if (busy) {
        rejectUpgrade(socket, 429, "too_many_concurrent_requests", busy);
        return true;
      }
      rec.uses++;
      conversationId = rec.conversation_id ?? ids.conversation();
      authMethod = "signed_url";
    } else {
      if (get(agent.platform_settings, ["auth", "enable_auth"]) === true) {
        rejectUpgrade(socket, 403, "authorization_required", "This agent requires authentication: use a signed URL.");
        return true;
      }
      const busy = this.concurrencyRefusal(agent);
      if (busy) {
        rejectUpgrade(socket, 429, "too_many_concurrent_requests", busy);
        return true;
      }
      conversationId = ids.conversation();
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.run(ws, agent, conversationId, authMethod));
    return true;
  }

  private run(ws: WebSocket, agent: Agent, conversationId: string, authMethod: string): void {
    const em = this.em;
    this.open.add(ws);
    this.agentOf.set(ws, agent.agent_id);
    const cc = agent.conversation_config;
    const conv: Conversation = {
      conversation_id: conversationId,
      agent_id: agent.agent_id,
      agent_name: agent.name,
      status: "initiated",
      startMs: em.now(),
      transcript: [],
      user_id: null,
      authorization_method: authMethod,
      termination_reason: "",
      main_language: agentLanguage(cc),
      text_only: get(cc, ["conversation", "text_only"]) === true,
      initiation_client_data: null,
      analysis: null,
      error: null,
      stuck: false,
    };
    em.conversations.set(conversationId, conv);

    let eventId = 0;
    let started = false;
    let closed = false;
    /** Set when the server ends the call itself: the close then records this instead of "Client disconnected". */
    let serverEnd: { code: number; reason: string; failed: boolean } | undefined;
    let clientEvents = (get(cc, ["conversation", "client_events"]) as string[] | undefined) ?? DEFAULT_CLIENT_EVENTS;
    let firstMessage = String(get(cc, ["agent", "first_message"]) ?? "");
    let systemPrompt = String(get(cc, ["agent", "prompt", "prompt"]) ?? "");
    let language = conv.main_language;
    let maxDurationSecs = Number(get(cc, ["conversation", "max_duration_seconds"]) ?? DEFAULT_MAX_DURATION_SECS) || DEFAULT_MAX_DURATION_SECS;
    const silenceEndSecs = Number(get(cc, ["turn", "silence_end_call_timeout"]) ?? -1);
    const placeholderDefaults = em.opts.placeholderDefaults ? scalarVariables(get(cc, ["agent", "dynamic_variables", "dynamic_variable_placeholders"])) : {};
    let dynamicVars: Json = { ...placeholderDefaults };
    let pingTimer: NodeJS.Timeout | undefined;
    let lastClientMessageMs = em.now();
    let lastUserMessageMs = em.now();
    let queue = Promise.resolve();
    const embeddingModel = ragSettings(agent).model;

    const send = (type: string, payload: Json) => {
      if (type !== "conversation_initiation_metadata" && type !== "error" && !clientEvents.includes(type)) return;
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type, ...payload }));
    };
    const secsInCall = () => Math.max(0, Math.floor((em.now() - conv.startMs) / 1000));
    const record = (turn: TranscriptTurn) => conv.transcript.push(turn);
    const outputFormat = String(get(cc, ["tts", "agent_output_audio_format"]) ?? "pcm_16000");

    const agentSays = (text: string, rag: Json | null) => {
      const id = ++eventId;
      record({ role: "agent", message: text, time_in_call_secs: secsInCall(), source_medium: conv.text_only ? "text" : "audio", rag_retrieval_info: rag });
      send("agent_response", { agent_response_event: { agent_response: text, event_id: id } });
      if (!conv.text_only && clientEvents.includes("audio")) {
        const fmt = parseOutputFormat(outputFormat) ?? parseOutputFormat("pcm_16000")!;
        const tl = timeline(text);
        const audio = render(fmt, tl, hash32(text));
        send("audio", {
          audio_event: {
            audio_base_64: audio.bytes.toString("base64"),
            event_id: id,
            alignment: { chars: tl.characters, char_start_times_ms: tl.startMs, char_durations_ms: tl.endMs.map((e, i) => e - tl.startMs[i]) },
          },
        });
      }
    };

    /** Ends the call from the server side: an error event (as ElevenLabs sends before closing), then the close. */
    const endCall = (code: number, errorType: string, message: string, failed: boolean) => {
      if (closed || serverEnd) return;
      serverEnd = { code, reason: message, failed };
      send("error", { error_event: { code, message, error_type: errorType, reason: message, debug_message: null, details: null } });
      ws.close(code, closeReason(message));
    };
    const fail = (code: number, errorType: string, message: string) => endCall(code, errorType, message, true);

    const systemVariables = (): Json => ({
      system__agent_id: agent.agent_id,
      system__current_agent_id: agent.agent_id,
      system__conversation_id: conversationId,
      system__call_duration_secs: secsInCall(),
      system__time_utc: new Date(em.now()).toISOString(),
      system__is_text_only: conv.text_only,
      system__agent_turns: conv.transcript.filter((t) => t.role === "agent").length,
    });

    /** The checks ElevenLabs runs when a conversation starts; returns false when the call was refused. */
    const admissible = (): boolean => {
      const conflict = languageModelConflict(language, agentTtsModel(cc));
      if (conflict) {
        fail(1008, "value_error", conflict);
        return false;
      }
      const checks: [string, string[]][] = [
        ["first message", placeholders(firstMessage)],
        ["prompt", placeholders(systemPrompt)],
        ["tools", toolVariables(get(cc, ["agent", "prompt", "tools"]))],
      ];
      for (const [where, needed] of checks) {
        const missing = missingVariables(needed, dynamicVars);
        if (missing.length) {
          fail(1008, "missing_dynamic_variable", `Missing required dynamic variables in ${where}: ${pythonSet(missing)}`);
          return false;
        }
      }
      return true;
    };

    /** ElevenLabs sends the metadata first and refuses afterwards (error event, then the close). */
    const sendMetadata = () => {
      if (started || closed) return false;
      started = true;
      conv.status = "in-progress";
      lastClientMessageMs = lastUserMessageMs = em.now();
      send("conversation_initiation_metadata", {
        conversation_initiation_metadata_event: {
          conversation_id: conversationId,
          agent_output_audio_format: outputFormat,
          user_input_audio_format: String(get(cc, ["asr", "user_input_audio_format"]) ?? "pcm_16000"),
        },
      });
      return true;
    };

    const start = () => {
      if (!sendMetadata()) return;
      if (!admissible()) return;
      const greeting = substitute(firstMessage, { ...systemVariables(), ...dynamicVars });
      if (greeting) agentSays(greeting, null);
      if (em.opts.pingIntervalMs > 0) {
        pingTimer = setInterval(() => send("ping", { ping_event: { event_id: ++eventId, ping_ms: null } }), em.opts.pingIntervalMs);
      }
    };

    /** Time limits, measured on the virtual clock: maximum duration, no client input, and the agent's silence timeout. */
    const checkLimits = () => {
      if (!started || closed || serverEnd) return;
      const now = em.now();
      if (now - conv.startMs >= maxDurationSecs * 1000) {
        const goodbye = get(cc, ["agent", "max_conversation_duration_message"]);
        if (typeof goodbye === "string" && goodbye) agentSays(goodbye, null);
        endCall(1000, "max_duration_exceeded", `Maximum call duration of ${maxDurationSecs} seconds exceeded.`, false);
        return;
      }
      if (em.opts.receiveTimeoutMs > 0 && now - lastClientMessageMs >= em.opts.receiveTimeoutMs) {
        endCall(1002, "transport_receive_timeout", `No user input for ${Math.round(em.opts.receiveTimeoutMs / 1000)} seconds.`, false);
        return;
      }
      if (silenceEndSecs > 0 && now - lastUserMessageMs >= silenceEndSecs * 1000) {
        endCall(1000, "silence_end_call_timeout", `The user was silent for ${silenceEndSecs} seconds.`, false);
      }
    };
    const limitTimer = setInterval(checkLimits, LIMIT_CHECK_INTERVAL_MS);
    this.limitChecks.set(ws, checkLimits);

    const answer = async (question: string) => {
      const t0 = performance.now();
      const { passages, viaRag } = this.knowledgeFor(agent);
      const r = retrieve(passages, question, em.opts.minRetrievalScore);
      const latency = Math.round(performance.now() - t0 + 50) / 1000; // + a nominal 50 ms
      if (em.opts.responseDelayMs > 0) await new Promise((res) => setTimeout(res, em.opts.responseDelayMs));
      if (closed || serverEnd) return;
      // rag_retrieval_info is attached to turns answered by RAG retrieval; in-prompt documents and deflections carry none.
      const rag: Json | null = r.answered && r.best && viaRag.has(r.best.passage.documentId)
        ? {
            chunks: r.candidates.map((c) => ({ document_id: c.passage.documentId, chunk_id: c.passage.chunkId, vector_distance: Math.round((1 - c.score) * 1000) / 1000 })),
            embedding_model: embeddingModel,
            retrieval_query: question,
            rag_latency_secs: latency,
            used_chunk_ids: [r.best.passage.chunkId],
          }
        : null;
      if (r.answered && r.best) agentSays(r.best.passage.text, rag);
      else agentSays(language.startsWith("es") ? DEFLECTION_ES : DEFLECTION_EN, rag);
    };

    /** A scripted tool call for this conversation, taken from the queue (POST /_emulator/tool-calls). */
    const takeScripted = () => {
      const i = em.scriptedToolCalls.findIndex((c) => c.conversation_id === conversationId || (!c.conversation_id && (!c.agent_id || c.agent_id === agent.agent_id)));
      return i < 0 ? undefined : em.scriptedToolCalls.splice(i, 1)[0];
    };

    /**
     * The fake LLM's tool use for the user turn just recorded: a scripted call, or flag_for_doctor when the
     * turn carries a red-flag cue. Returns true when it answered the turn itself.
     */
    const maybeCallTool = async (): Promise<boolean> => {
      const tools = webhookTools(cc);
      const scripted = takeScripted();
      const turnIndex = conv.transcript.length - 1;
      const flag = findRedFlags(conv.transcript).find((f) => f.turn_index === turnIndex);
      const tool = scripted ? tools.find((t) => t.name === scripted.tool_name) : flag ? tools.find((t) => t.name === RED_FLAG_TOOL) : undefined;
      if (scripted && !tool) {
        em.toolCalls.push({
          request_id: scripted.id, conversation_id: conversationId, agent_id: agent.agent_id, tool_name: scripted.tool_name, trigger: "scripted",
          method: "", url: "", body: null, status: null, is_error: true, error: `The agent has no webhook tool named ${scripted.tool_name}.`, at_ms: em.now(),
        });
      }
      if (!tool) return false;
      const toolName = String(tool.name);
      const requestEvent = ++eventId;
      const outcome = await callWebhookTool(em, tool, {
        conversationId,
        agentId: agent.agent_id,
        vars: { ...systemVariables(), ...dynamicVars },
        flag,
        scripted: scripted?.parameters,
        trigger: scripted ? "scripted" : "red_flag",
      });
      send("agent_tool_request", { agent_tool_request: { tool_name: toolName, tool_call_id: outcome.record.request_id, tool_type: "webhook", event_id: requestEvent } });
      record({ role: "agent", message: null, time_in_call_secs: secsInCall(), source_medium: conv.text_only ? "text" : "audio", tool_calls: [outcome.call] });
      record({ role: "agent", message: null, time_in_call_secs: secsInCall(), source_medium: conv.text_only ? "text" : "audio", tool_results: [outcome.result] });
      send("agent_tool_response", {
        agent_tool_response: { tool_name: toolName, tool_call_id: outcome.record.request_id, tool_type: "webhook", is_error: outcome.record.is_error, is_called: true, event_id: ++eventId },
      });
      if (closed || serverEnd) return true;
      if (toolName === RED_FLAG_TOOL) {
        agentSays(flaggedReply(language), null);
        return true;
      }
      return false;
    };

    const onMessage = async (raw: string) => {
      if (closed || serverEnd) return;
      checkLimits();
      if (serverEnd) return;
      lastClientMessageMs = em.now();
      let msg: Json;
      try {
        msg = JSON.parse(raw);
      } catch {
        return fail(1008, "invalid_message", "Messages must be JSON.");
      }
      if (!msg || typeof msg !== "object") return fail(1008, "invalid_message", "Messages must be JSON objects.");
      if (typeof msg.user_audio_chunk === "string") {
        start();
        return; // no speech recognition in the stand-in
      }
      switch (msg.type) {
        case "conversation_initiation_client_data": {
          if (started) return;
          const override = (msg.conversation_config_override ?? {}) as Json;
          const allowed = get(agent.platform_settings, ["overrides", "conversation_config_override"]) ?? {};
          for (const p of leafPaths(override)) {
            if (get(allowed, p) !== true) {
              sendMetadata();
              return fail(1008, "override_error", `Override for field '${p[p.length - 1]}' is not allowed by config.`);
            }
          }
          conv.initiation_client_data = msg;
          if (typeof msg.user_id === "string") conv.user_id = msg.user_id;
          dynamicVars = { ...dynamicVars, ...scalarVariables(msg.dynamic_variables) };
          const fm = get(override, ["agent", "first_message"]);
          if (typeof fm === "string") firstMessage = fm;
          const pr = get(override, ["agent", "prompt", "prompt"]);
          if (typeof pr === "string") systemPrompt = pr;
          const lang = get(override, ["agent", "language"]);
          if (typeof lang === "string") language = conv.main_language = lang;
          if (get(override, ["conversation", "text_only"]) === true) conv.text_only = true;
          const md = get(override, ["conversation", "max_duration_seconds"]);
          if (Number.isInteger(md) && (md as number) > 0) maxDurationSecs = md as number;
          const ce = get(override, ["conversation", "client_events"]);
          if (Array.isArray(ce)) clientEvents = ce as string[];
          start();
          return;
        }
        case "user_message": {
          start();
          if (serverEnd) return;
          lastUserMessageMs = em.now();
          const text = typeof msg.text === "string" ? msg.text : "";
          record({ role: "user", message: text, time_in_call_secs: secsInCall(), source_medium: "text" });
          send("user_transcript", { user_transcription_event: { user_transcript: text, event_id: ++eventId } });
          if (await maybeCallTool()) return;
          await answer(text);
          return;
        }
        case "ping":
          // Not part of the real protocol (the server pings), but answered for convenience.
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: "pong", event_id: msg.event_id ?? null }));
          return;
        case "pong":
        case "user_activity":
        case "contextual_update":
        case "feedback":
        case "client_tool_result":
        case "mcp_tool_approval_result":
        case "multimodal_message":
          start();
          return;
        default:
          return; // unknown types are ignored
      }
    };

    const initTimer = setTimeout(start, em.opts.initiationWaitMs);
    ws.on("message", (data, isBinary) => {
      if (isBinary) return;
      queue = queue.then(() => onMessage(data.toString())).catch(() => undefined);
    });
    ws.on("close", (code) => {
      closed = true;
      clearTimeout(initTimer);
      clearInterval(limitTimer);
      this.limitChecks.delete(ws);
      this.agentOf.delete(ws);
      if (pingTimer) clearInterval(pingTimer);
      this.open.delete(ws);
      void queue.then(() => {
        if (!em.conversations.has(conversationId)) return;
        if (serverEnd?.failed) em.failConversation(conv, serverEnd.reason, serverEnd.code);
        else if (serverEnd) em.finishConversation(conv, serverEnd.reason);
        else em.finishConversation(conv, `Client disconnected: ${code}`);
      });
    });
  }

  /**
   * The plan's conversation concurrency (up to 3x, capped at 300, for agents with bursting enabled) and
   * the agent's own call_limits.agent_concurrency_limit. Returns the refusal message, or null.
   */
  concurrencyRefusal(agent: Agent): string | null {
    const workspaceLimit = this.em.limits().conversationConcurrency;
    const bursting = get(agent.platform_settings, ["call_limits", "bursting_enabled"]) === true;
    const limit = workspaceLimit === null ? null : bursting ? Math.min(workspaceLimit * BURST_MULTIPLIER, BURST_CAP) : workspaceLimit;
    const open = [...this.agentOf.values()];
    if (limit !== null && open.length >= limit) {
      return `Too many concurrent conversations: ${open.length} of ${limit} allowed on the ${this.em.plan} plan${bursting ? " (with bursting)" : ""} are in progress.`;
    }
    const agentLimit = Number(get(agent.platform_settings, ["call_limits", "agent_concurrency_limit"]) ?? -1);
    const forAgent = open.filter((id) => id === agent.agent_id).length;
    if (agentLimit >= 0 && forAgent >= agentLimit) {
      return `Too many concurrent conversations for agent ${agent.agent_id}: its call_limits.agent_concurrency_limit is ${agentLimit}.`;
    }
    return null;
  }

  /** Runs every open conversation's time-limit check now (after the virtual clock moved). */
  checkAllLimits(): void {
    for (const check of this.limitChecks.values()) check();
  }

  /**
   * What the agent can draw on right now. Without RAG every document sits in the prompt. With RAG, a
   * document in "auto" mode is only retrievable once its index (for the agent's embedding model) has
   * succeeded; documents under 500 bytes, and those in "prompt" mode, are placed in the prompt instead.
   */
  knowledgeFor(agent: Agent): { passages: Passage[]; viaRag: Set<string> } {
    const passages: Passage[] = [];
    const viaRag = new Set<string>();
    const rag = ragSettings(agent);
    for (const ref of knowledgeBaseOf(agent)) {
      const doc = this.em.documents.get(ref.id);
      if (!doc) continue;
      const inPrompt = !rag.enabled || ref.usage_mode === "prompt" || doc.sizeBytes < RAG_MIN_BYTES;
      if (!inPrompt) {
        if (!ragReady(this.em, doc, rag.model)) continue;
        viaRag.add(doc.id);
      }
      passages.push(...splitPassages(doc.id, doc.text || htmlToText(doc.html)));
    }
    return { passages, viaRag };
  }

  closeAll(): void {
    for (const ws of this.open) ws.terminate();
    this.wss.close();
  }
}
