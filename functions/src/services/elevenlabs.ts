// Owns every ElevenLabs call. The SDK costs ~1.5 s to load, so it is imported lazily, on the
// first call, never at module load: functions that do not talk to ElevenLabs never pay for it.
import type { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { elevenLabsApiKey, elevenLabsTimeoutSeconds, resolvedElevenLabsBaseUrl } from "../config";
import { referencedName, referenceOf as referenceOfObject, referenceTag } from "../domain/elevenlabs-references";
import { analysisSettings, flagForDoctorTool } from "../domain/triage-signals/agent-config";
import { FLAG_TOOL_PROMPT } from "../domain/triage-signals/instructions";
import { agentTtsModelFor } from "../domain/tts-models";
import { AppError } from "../errors";
import { upstreamCode, upstreamStatus, withRetry } from "./elevenlabs-retry";

let clientPromise: Promise<ElevenLabsClient> | undefined;

function client(): Promise<ElevenLabsClient> {
  clientPromise ??= import("@elevenlabs/elevenlabs-js").then(
    ({ ElevenLabsClient }) =>
      new ElevenLabsClient({
        apiKey: elevenLabsApiKey.value(),
        baseUrl: resolvedElevenLabsBaseUrl(),
        maxRetries: 0,
        timeoutInSeconds: elevenLabsTimeoutSeconds.value(),
      }),
  );
  return clientPromise;
}

const callOptions = () => ({ maxRetries: 0, timeoutInSeconds: elevenLabsTimeoutSeconds.value() || 30 });

// ---------------------------------------------------------------- knowledge base

/**
 * ElevenLabs refuses a document that would take the workspace past its plan's knowledge-base size
 * (the code is not documented; the message names the limit). Our own budget check runs first, so
 * this only happens when two uploads race or documents were added outside this product.
 */
function knowledgeSizeRefusal(error: unknown): AppError | undefined {
  if (upstreamStatus(error) !== 400 && upstreamStatus(error) !== 413) return undefined;
  const code = upstreamCode(error) ?? "";
  const message = String((error as { body?: { detail?: { message?: unknown } } }).body?.detail?.message ?? "");
  if (!/size|limit|exceed|too_large|characters/i.test(`${code} ${message}`)) return undefined;
  const problem = "does not fit in the clinic's ElevenLabs knowledge base: the plan's size limit is reached; delete unused documents or upgrade the plan";
  return new AppError("invalidInput", `text: ${problem}`, [{ field: "text", problem }]);
}

export async function createKnowledgeDocument(text: string, name: string, reference: string): Promise<string> {
  const fullName = referencedName(reference, name);
  const el = await client();
  return withRetry(
    "createKnowledgeDocument",
    async () => (await el.conversationalAi.knowledgeBase.documents.createFromText({ text, name: fullName }, callOptions())).id,
    {
      reconcile: () => findKnowledgeDocument(reference, fullName),
      refusal: knowledgeSizeRefusal,
    },
  );
}

/** The document we created for `reference`, found by ElevenLabs' name-prefix search. */
export async function findKnowledgeDocument(reference: string, fullName?: string): Promise<string | undefined> {
  const el = await client();
  const page = await el.conversationalAi.knowledgeBase.list({ search: reference, pageSize: 100 }, callOptions());
  return page.documents.find((doc) => (fullName ? doc.name === fullName : referenceOfObject(doc) === reference.replace(/-v\d+$/, "")))?.id;
}

/**
 * Starts the document's RAG index or reads how far it is (the call is get-or-create, so it is safe
 * to repeat) and returns ElevenLabs' status, lowercase: `processing`, `succeeded`, `rag_limit_exceeded`, ...
 */
export async function indexKnowledgeDocument(documentId: string): Promise<string> {
  const el = await client();
  return withRetry("indexKnowledgeDocument", async () => {
    const index = await el.conversationalAi.knowledgeBase.document.computeRagIndex(documentId, { model: RAG_EMBEDDING_MODEL }, callOptions());
    return String(index.status).toLowerCase();
  });
}

/** Multilingual, so one index serves agents in every language we offer. */
const RAG_EMBEDDING_MODEL = "multilingual_e5_large_instruct" as const;

/** Idempotent: a document that is already gone counts as deleted. */
export async function deleteKnowledgeDocument(documentId: string): Promise<void> {
  const el = await client();
  await withRetry("deleteKnowledgeDocument", async () => {
    try {
      await el.conversationalAi.knowledgeBase.documents.delete(documentId, { force: true }, callOptions());
    } catch (error) {
      if (upstreamStatus(error) !== 404) throw error;
    }
  });
}

export interface RemoteObject {
  id: string;
  name: string;
  tags: string[];
  createdAtMs: number;
}

/** Every knowledge-base document in the workspace, page by page. */
export async function listKnowledgeDocuments(): Promise<RemoteObject[]> {
  const el = await client();
  const all: RemoteObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await withRetry("listKnowledgeDocuments", () => el.conversationalAi.knowledgeBase.list({ pageSize: 100, cursor }, callOptions()));
    for (const doc of page.documents) {
      all.push({ id: doc.id, name: doc.name, tags: [], createdAtMs: (doc.metadata?.createdAtUnixSecs ?? 0) * 1000 });
    }
    cursor = page.hasMore ? page.nextCursor : undefined;
  } while (cursor);
  return all;
}

/** Every agent in the workspace, page by page. */
export async function listAgents(): Promise<RemoteObject[]> {
  const el = await client();
  const all: RemoteObject[] = [];
  let cursor: string | undefined;
  do {
    const page = await withRetry("listAgents", () => el.conversationalAi.agents.list({ pageSize: 100, cursor }, callOptions()));
    for (const agent of page.agents) all.push({ id: agent.agentId, name: agent.name, tags: agent.tags ?? [], createdAtMs: agent.createdAtUnixSecs * 1000 });
    cursor = page.hasMore ? page.nextCursor : undefined;
  } while (cursor);
  return all;
}

/** Our record id, from an object's name (`kn_x | ...`, or the older `... [kn_x]`) or an agent tag `ref:<id>`. */
export function referenceOf(object: RemoteObject): string | undefined {
  return referenceOfObject(object);
}

// ---------------------------------------------------------------- agents

export interface AgentConfig {
  /** Our Firestore agent id: reconciles ambiguous creates. */
  reference: string;
  /** Set to update an existing ElevenLabs agent. */
  elevenLabsAgentId?: string;
  name: string;
  systemPrompt: string;
  firstMessage: string;
  language: string;
  /** Defaults for the {{variables}} in the prompt and first message: none may be left without a value. */
  variables: Record<string, string>;
  /** ElevenLabs ends the call after this long (its own default is 600 s). */
  maxDurationSeconds: number;
  voiceId: string;
  /** Only documents whose RAG index is ready: an agent cannot retrieve from one still indexing. */
  knowledge: { id: string; name: string }[];
  recordAudio: boolean;
  retentionDays: number;
  /** Every agent carries the in-call flag_for_doctor tool. */
  flagTool: FlagToolSettings;
}

/** The in-call tool's endpoint and this agent's token (domain/triage-signals/agent-config). */
export interface FlagToolSettings {
  url: string;
  token: string;
  /** Our agent id, sent by ElevenLabs as a constant with every call. */
  agentRef: string;
}

/** The webhook tool in the SDK's (camelCase) form; header and property names are sent as they are. */
function sdkFlagTool(settings: FlagToolSettings) {
  const tool = flagForDoctorTool(settings.url, settings.token, settings.agentRef);
  const schema = tool.api_schema.request_body_schema;
  return {
    type: tool.type,
    name: tool.name,
    description: tool.description,
    responseTimeoutSecs: tool.response_timeout_secs,
    apiSchema: {
      url: tool.api_schema.url,
      method: tool.api_schema.method,
      requestHeaders: tool.api_schema.request_headers,
      requestBodySchema: {
        type: schema.type,
        description: schema.description,
        required: schema.required,
        properties: Object.fromEntries(
          Object.entries(schema.properties).map(([name, p]) => [
            name,
            "dynamic_variable" in p
              ? { type: p.type, dynamicVariable: p.dynamic_variable }
              : "constant_value" in p
                ? { type: p.type, constantValue: p.constant_value }
                : { type: p.type, description: p.description },
          ]),
        ),
      },
    },
  };
}

/** Post-call analysis in the SDK's form: structured quotes and the two evaluation criteria. */
function sdkAnalysisSettings() {
  const settings = analysisSettings();
  return {
    dataCollection: settings.data_collection,
    evaluation: { criteria: settings.evaluation.criteria.map((c) => ({ id: c.id, name: c.name, type: c.type, conversationGoalPrompt: c.conversation_goal_prompt })) },
  };
}

/** The exact body the product sends to create or update an agent (also what the live smoke test sends). */
export function agentBody(config: AgentConfig) {
  return {
    name: referencedName(config.reference, config.name),
    tags: ["patient-education", referenceTag(config.reference)],
    conversationConfig: {
      agent: {
        firstMessage: config.firstMessage,
        language: config.language,
        // SDK 2.73.0 types this field as `unknown` and sends it unconverted: it must be written in wire (snake_case) form.
        dynamicVariables: { dynamic_variable_placeholders: config.variables },
        prompt: {
          prompt: `${config.systemPrompt}\n\n${FLAG_TOOL_PROMPT}`,
          tools: [sdkFlagTool(config.flagTool)],
          knowledgeBase: config.knowledge.map((doc) => ({ type: "text" as const, id: doc.id, name: doc.name, usageMode: "auto" as const })),
          rag: { enabled: true, embeddingModel: RAG_EMBEDDING_MODEL, maxVectorDistance: 0.6 },
        },
      },
      // English agents must use an English v2 model, other languages a v2.5 one (domain/tts-models).
      tts: { voiceId: config.voiceId, modelId: agentTtsModelFor(config.language) },
      conversation: { maxDurationSeconds: config.maxDurationSeconds },
    },
    platformSettings: {
      auth: { enableAuth: true },
      ...sdkAnalysisSettings(),
      privacy: { recordVoice: config.recordAudio, retentionDays: config.retentionDays },
      // The web app's text chat starts the conversation with `conversation.text_only`; ElevenLabs
      // refuses any override the agent does not allow. Nothing else may be overridden by a client.
      overrides: { conversationConfigOverride: { conversation: { textOnly: true } } },
    },
  };
}

/** An unknown voice: ElevenLabs answers 400 voice_not_found (or 404 on older endpoints). */
function unknownVoiceRefusal(error: unknown): AppError | undefined {
  const code = upstreamCode(error);
  if (code !== "voice_not_found" && upstreamStatus(error) !== 404) return undefined;
  return unknownVoiceError();
}

export function unknownVoiceError(): AppError {
  return new AppError("invalidInput", "voice_id: is not a voice of the clinic's ElevenLabs account", [
    { field: "voice_id", problem: "is not a voice of the clinic's ElevenLabs account" },
  ]);
}

export async function createOrUpdateAgent(config: AgentConfig): Promise<string> {
  const el = await client();
  const body = agentBody(config);
  if (config.elevenLabsAgentId) {
    const agentId = config.elevenLabsAgentId;
    return withRetry("updateAgent", async () => (await el.conversationalAi.agents.update(agentId, body, callOptions())).agentId, {
      refusal: unknownVoiceRefusal,
    });
  }
  return withRetry("createAgent", async () => (await el.conversationalAi.agents.create(body, callOptions())).agentId, {
    reconcile: () => findAgent(config.reference),
    refusal: unknownVoiceRefusal,
  });
}

/** The agent we created for `reference`: its name starts with the reference, and its tag confirms it. */
export async function findAgent(reference: string): Promise<string | undefined> {
  const el = await client();
  const page = await el.conversationalAi.agents.list({ search: reference, pageSize: 100 }, callOptions());
  return page.agents.find((agent) => (agent.tags ?? []).includes(referenceTag(reference)))?.agentId;
}

export interface RemoteAgent {
  agentId: string;
  name: string;
  language: string | undefined;
  ttsModel: string | undefined;
  maxDurationSeconds: number | undefined;
}

/** The agent as ElevenLabs stores it (for checks and the live smoke test); null when it is gone. */
export async function getAgent(elevenLabsAgentId: string): Promise<RemoteAgent | null> {
  const el = await client();
  return withRetry("getAgent", async () => {
    try {
      const agent = await el.conversationalAi.agents.get(elevenLabsAgentId, {}, callOptions());
      const config = agent.conversationConfig;
      return {
        agentId: agent.agentId,
        name: agent.name,
        language: config.agent?.language,
        ttsModel: config.tts?.modelId,
        maxDurationSeconds: config.conversation?.maxDurationSeconds,
      };
    } catch (error) {
      if (upstreamStatus(error) === 404) return null;
      throw error;
    }
  });
}

export async function deleteAgent(elevenLabsAgentId: string): Promise<void> {
  const el = await client();
  await withRetry("deleteAgent", async () => {
    try {
      await el.conversationalAi.agents.delete(elevenLabsAgentId, callOptions());
    } catch (error) {
      if (upstreamStatus(error) !== 404) throw error;
    }
  });
}

// ---------------------------------------------------------------- text to speech

export interface SpeechRequest {
  text: string;
  voiceId: string;
  modelId: string;
  previousText?: string;
  nextText?: string;
}

export interface SpeechChunk {
  audio: Buffer;
  requestId: string | null;
}

/**
 * One text-to-speech request, read to the end before it is returned: a stream cut midway is
 * retried as a whole, so a partial chunk never reaches the stitched file.
 */
export async function generateAudio(request: SpeechRequest): Promise<SpeechChunk> {
  const el = await client();
  return withRetry("generateAudio", async () => {
    // `convert` sends Content-Length, so a response cut midway is detected and retried.
    const { data, rawResponse } = await el.textToSpeech
      .convert(
        request.voiceId,
        {
          text: request.text,
          modelId: request.modelId,
          outputFormat: "mp3_44100_128",
          previousText: request.previousText,
          nextText: request.nextText,
        },
        callOptions(),
      )
      .withRawResponse();
    // Read straight into one buffer of the announced size: no list of parts, no concatenated copy.
    const expected = Number(rawResponse.headers.get("content-length") ?? NaN);
    const reader = data.getReader();
    let audio = Buffer.allocUnsafe(Number.isFinite(expected) ? expected : 0);
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (received + value.length > audio.length) audio = Buffer.concat([audio.subarray(0, received), value]); // no or wrong length
      else audio.set(value, received);
      received += value.length;
    }
    if (Number.isFinite(expected) && expected !== received) {
      throw Object.assign(new Error("audio stream terminated early"), { name: "StreamCut" });
    }
    audio = audio.subarray(0, received);
    return { audio, requestId: rawResponse.headers.get("request-id") };
  });
}

export async function listVoiceIds(): Promise<string[]> {
  const el = await client();
  return withRetry("listVoices", async () => (await el.voices.getAll({}, callOptions())).voices.map((v) => v.voiceId));
}

/** The account's voices change rarely: a known id is answered from memory for a minute, an unknown one is always looked up. */
const VOICE_LIST_TTL_MS = 60_000;
let voiceList: { ids: Set<string>; atMs: number } | undefined;

/** Whether the clinic's ElevenLabs account has this voice (its voice list: premade, cloned and added voices). */
export async function voiceExists(voiceId: string): Promise<boolean> {
  if (voiceList && Date.now() - voiceList.atMs < VOICE_LIST_TTL_MS && voiceList.ids.has(voiceId)) return true;
  voiceList = { ids: new Set(await listVoiceIds()), atMs: Date.now() };
  return voiceList.ids.has(voiceId);
}

// ---------------------------------------------------------------- conversations

export interface SignedConversationUrl {
  signedUrl: string;
  conversationId: string;
}

/** Every conversation line of the plan is taken (or ElevenLabs itself is busy): the patient must try again later. */
function conversationRefusal(error: unknown): AppError | undefined {
  if (upstreamStatus(error) !== 429) return undefined;
  const code = upstreamCode(error);
  const reason = code === "system_busy" ? "ElevenLabs is busy right now" : "All conversation lines of the clinic's ElevenLabs plan are in use";
  return new AppError("rateLimited", `${reason}; please try again in a few minutes.`);
}

/** A single-use signed URL whose conversation id is decided now, so the session binds it at mint time. */
export async function getSignedUrl(elevenLabsAgentId: string): Promise<SignedConversationUrl> {
  const el = await client();
  return withRetry("getSignedUrl", async () => {
    const { signedUrl } = await el.conversationalAi.conversations.getSignedUrl(
      { agentId: elevenLabsAgentId, includeConversationId: true },
      callOptions(),
    );
    const conversationId = new URL(signedUrl).searchParams.get("conversation_id");
    if (!conversationId) {
      throw new AppError("upstreamUnavailable", "ElevenLabs returned a signed URL without a conversation id; please try again.");
    }
    return { signedUrl, conversationId };
  }, { refusal: conversationRefusal });
}

/** The conversation in ElevenLabs' wire format (snake_case), the same shape as the webhook's data. */
export async function getConversation(conversationId: string): Promise<Record<string, unknown> | null> {
  const el = await client();
  const { GetConversationResponseModel } = await import("@elevenlabs/elevenlabs-js/serialization");
  return withRetry("getConversation", async () => {
    try {
      const conversation = await el.conversationalAi.conversations.get(conversationId, {}, callOptions());
      return GetConversationResponseModel.jsonOrThrow(conversation, {
        unrecognizedObjectKeys: "passthrough",
        allowUnrecognizedEnumValues: true,
        allowUnrecognizedUnionMembers: true,
      }) as unknown as Record<string, unknown>;
    } catch (error) {
      if (upstreamStatus(error) === 404) return null;
      throw error;
    }
  });
}

/** Idempotent: a conversation that is already gone counts as deleted. */
export async function deleteConversation(conversationId: string): Promise<void> {
  const el = await client();
  await withRetry("deleteConversation", async () => {
    try {
      await el.conversationalAi.conversations.delete(conversationId, callOptions());
    } catch (error) {
      if (upstreamStatus(error) !== 404) throw error;
    }
  });
}

/**
 * Verifies a post-call webhook exactly as ElevenLabs signs it (the SDK's constructEvent); throws on
 * a bad or stale signature. Needs no API key, so the webhook function does not bind that secret.
 */
export async function verifyWebhook(rawBody: string, signatureHeader: string, secret: string): Promise<unknown> {
  webhooksPromise ??= import("@elevenlabs/elevenlabs-js/wrapper/webhooks").then(({ WebhooksClient }) => new WebhooksClient({}));
  return (await webhooksPromise).constructEvent(rawBody, signatureHeader, secret);
}

let webhooksPromise: Promise<import("@elevenlabs/elevenlabs-js/wrapper/webhooks").WebhooksClient> | undefined;

// ---------------------------------------------------------------- web app additions

/** A file passed through unchanged to ElevenLabs' file upload (PDF, DOCX, TXT, HTML, ...). */
export async function createKnowledgeDocumentFromFile(
  file: { data: Buffer; filename: string; contentType: string },
  name: string,
  reference: string,
): Promise<string> {
  const fullName = `${name} [${reference}]`;
  const el = await client();
  return withRetry(
    "createKnowledgeDocumentFromFile",
    async () =>
      (
        await el.conversationalAi.knowledgeBase.documents.createFromFile(
          { file: { data: file.data, filename: file.filename, contentType: file.contentType, contentLength: file.data.length }, name: fullName },
          callOptions(),
        )
      ).id,
    {
      reconcile: async () => {
        const page = await el.conversationalAi.knowledgeBase.list({ search: reference, pageSize: 100 }, callOptions());
        return page.documents.find((doc) => doc.name === fullName)?.id;
      },
    },
  );
}

export interface VoiceOption {
  voice_id: string;
  name: string;
  category: string | null;
  description: string | null;
  preview_url: string | null;
  labels: Record<string, string>;
}

/** One page of the voices the workspace offers, with their preview audio. */
export async function searchVoices(pageSize: number, pageToken?: string): Promise<{ voices: VoiceOption[]; nextPageToken: string | null }> {
  const el = await client();
  return withRetry("searchVoices", async () => {
    const page = await el.voices.search({ pageSize, nextPageToken: pageToken, includeTotalCount: false }, callOptions());
    return {
      voices: page.voices.map((v) => ({
        voice_id: v.voiceId,
        name: v.name ?? v.voiceId,
        category: v.category ? String(v.category) : null,
        description: v.description ?? null,
        preview_url: v.previewUrl ?? null,
        labels: (v.labels ?? {}) as Record<string, string>,
      })),
      nextPageToken: page.hasMore && page.nextPageToken ? page.nextPageToken : null,
    };
  });
}
