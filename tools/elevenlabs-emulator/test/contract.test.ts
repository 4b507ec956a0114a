// Contract tests: every endpoint through the real SDK (2.73.0), and the wire bodies against the
// OpenAPI spec's response schemas where the path exists.

import assert from "node:assert/strict";
import { ElevenLabs, ElevenLabsClient, ElevenLabsError } from "@elevenlabs/elevenlabs-js";
import { control, expectSpec, raw, start } from "./helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

const PATIENT_TEXT = [
  "After your knee surgery, keep the bandage clean and dry for 48 hours.",
  "Take ibuprofen 400 mg every 8 hours with food if you have pain. Do not exceed 1200 mg per day.",
  "Call the clinic if you have a fever above 38 degrees, or if the wound becomes red and swollen.",
  "You may shower after two days. Do not soak the knee in a bath or pool for two weeks.",
  "Physiotherapy starts one week after the operation. Bring comfortable clothes to each session.",
].join("\n\n");

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

describe("contract: SDK 2.73.0 against the stand-in", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;

  before(async () => {
    ({ em, client } = await start());
  });
  after(async () => {
    await em.close();
  });
  beforeEach(() => em.reset());

  async function makeDoc(text = PATIENT_TEXT, name = "Knee surgery aftercare") {
    return client.conversationalAi.knowledgeBase.documents.createFromText({ text, name });
  }

  async function makeAgent(docIds: string[] = [], extra: Record<string, unknown> = {}) {
    const r = await client.conversationalAi.agents.create({
      name: "Dr. Rivera's assistant",
      tags: ["orthopedics"],
      conversationConfig: {
        agent: {
          firstMessage: "Hello! I can answer questions about your aftercare.",
          language: "en",
          prompt: { prompt: "Answer from the materials only.", knowledgeBase: docIds.map((id) => ({ type: "text" as const, name: "doc", id, usageMode: "auto" as const })) },
        },
        conversation: { textOnly: true },
      },
      ...extra,
    });
    return r.agentId;
  }

  describe("authentication and errors", () => {
    it("rejects a wrong or missing xi-api-key with 401 invalid_api_key in ElevenLabs' shape", async () => {
      const bad = new ElevenLabsClient({ apiKey: "wrong", baseUrl: em.url, maxRetries: 0 });
      await assert.rejects(bad.voices.getAll(), (e: unknown) => {
        assert.ok(e instanceof ElevenLabsError);
        assert.equal(e.statusCode, 401);
        const detail = (e.body as any).detail;
        assert.equal(detail.code, "invalid_api_key");
        assert.equal(detail.status, "invalid_api_key");
        assert.equal(typeof detail.type, "string");
        assert.equal(typeof detail.message, "string");
        assert.equal(typeof detail.request_id, "string");
        return true;
      });
      const r = await fetch(`${em.url}/v1/voices`);
      assert.equal(r.status, 401);
      assert.equal(((await r.json()) as any).detail.code, "invalid_api_key");
    });

    it("sends x-request-id and request-id headers; the SDK exposes requestId on errors", async () => {
      const r = await raw(em, "GET", "/v1/voices");
      assert.match(r.headers.get("x-request-id") ?? "", /^[0-9a-f]{32}$/);
      assert.equal(r.headers.get("request-id"), r.headers.get("x-request-id"));
      await assert.rejects(client.conversationalAi.agents.get("agent_nope"), (e: any) => {
        assert.equal(e.statusCode, 404);
        assert.equal(e.body.detail.code, "agent_not_found");
        assert.equal(e.body.detail.request_id, e.rawResponse?.headers?.get?.("x-request-id") ?? e.body.detail.request_id);
        return true;
      });
    });

    it("answers bad bodies with a FastAPI 422 that the SDK maps to UnprocessableEntityError", async () => {
      const r = await raw(em, "POST", "/v1/convai/knowledge-base/text", { name: "no text" });
      assert.equal(r.status, 422);
      assert.deepEqual(r.json, { detail: [{ loc: ["body", "text"], msg: "field required", type: "value_error.missing" }] });
      expectSpec("POST", "/v1/convai/knowledge-base/text", 422, r.json);
      await assert.rejects(
        client.textToSpeech.convert("21m00Tcm4TlvDq8ikWAM", { text: "Hello", previousRequestIds: ["a", "b", "c", "d"] }),
        (e: unknown) => {
          assert.ok(e instanceof ElevenLabs.UnprocessableEntityError);
          assert.equal(e.statusCode, 422);
          assert.deepEqual((e.body as any).detail[0].loc, ["body", "previous_request_ids"]);
          return true;
        },
      );
      const badJson = await raw(em, "POST", "/v1/convai/agents/create", undefined, { "content-type": "application/json" });
      assert.equal(badJson.status, 422);
    });

    it("answers unknown ids with 404 and unknown paths with FastAPI's 404", async () => {
      for (const p of ["/v1/convai/knowledge-base/nope", "/v1/convai/agents/nope", "/v1/convai/conversations/nope", "/v1/voices/nope"]) {
        const r = await raw(em, "GET", p);
        assert.equal(r.status, 404, p);
        assert.match(r.json.detail.code, /_not_found$/);
      }
      const unknown = await raw(em, "GET", "/v1/nothing-here");
      assert.equal(unknown.status, 404);
      assert.deepEqual(unknown.json, { detail: "Not Found" });
    });
  });

  describe("knowledge base", () => {
    it("creates from text, gets, lists and reads content", async () => {
      const created = await makeDoc();
      assert.equal(created.name, "Knee surgery aftercare");
      assert.match(created.id, /^[A-Za-z0-9]{20}$/);
      expectSpec("POST", "/v1/convai/knowledge-base/text", 200, (await raw(em, "POST", "/v1/convai/knowledge-base/text", { text: "x" })).json);

      const doc = await client.conversationalAi.knowledgeBase.documents.get(created.id);
      assert.equal(doc.type, "text");
      assert.equal(doc.id, created.id);
      assert.deepEqual(doc.supportedUsages, ["prompt", "auto"]);
      const wire = await raw(em, "GET", `/v1/convai/knowledge-base/${created.id}`);
      assert.equal(wire.json.metadata.size_bytes, Buffer.byteLength(PATIENT_TEXT));
      expectSpec("GET", "/v1/convai/knowledge-base/{documentation_id}", 200, wire.json);

      const list = await client.conversationalAi.knowledgeBase.list({ pageSize: 1 });
      assert.equal(list.documents.length, 1);
      assert.equal(list.hasMore, true);
      const page2 = await client.conversationalAi.knowledgeBase.list({ pageSize: 1, cursor: list.nextCursor });
      assert.equal(page2.documents.length, 1);
      assert.notEqual(page2.documents[0].id, list.documents[0].id);
      expectSpec("GET", "/v1/convai/knowledge-base", 200, (await raw(em, "GET", "/v1/convai/knowledge-base")).json);

      const content = await raw(em, "GET", `/v1/convai/knowledge-base/${created.id}/content`);
      assert.equal(content.status, 200);
      assert.match(content.buf.toString(), /knee surgery/);
    });

    it("creates from a file (multipart) and from HTML", async () => {
      const txt = await client.conversationalAi.knowledgeBase.documents.createFromFile({
        file: { data: Buffer.from("Wound care: change the dressing daily."), filename: "wound-care.txt", contentType: "text/plain" },
        name: "Wound care",
      });
      assert.equal(txt.name, "Wound care");
      const got = await client.conversationalAi.knowledgeBase.documents.get(txt.id);
      assert.equal(got.type, "file");
      assert.equal((got as any).filename, "wound-care.txt");
      assert.match((got as any).extractedInnerHtml, /change the dressing daily/);
      expectSpec("GET", "/v1/convai/knowledge-base/{documentation_id}", 200, (await raw(em, "GET", `/v1/convai/knowledge-base/${txt.id}`)).json);

      const html = await client.conversationalAi.knowledgeBase.documents.createFromFile({
        file: { data: Buffer.from("<html><body><h1>Diet</h1><p>Avoid alcohol for a week.</p></body></html>"), filename: "diet.html", contentType: "text/html" },
      });
      assert.equal(html.name, "diet.html");
      const state = em.state() as any;
      assert.equal(state.documents.length, 2);
    });

    it("deletes: refused while an agent uses the document, unless force=true (which detaches it)", async () => {
      const doc = await makeDoc();
      const agentId = await makeAgent([doc.id]);
      const deps = await client.conversationalAi.knowledgeBase.documents.getAgents(doc.id);
      assert.deepEqual(deps.agents.map((a: any) => a.id), [agentId]);
      expectSpec("GET", "/v1/convai/knowledge-base/{documentation_id}/dependent-agents", 200, (await raw(em, "GET", `/v1/convai/knowledge-base/${doc.id}/dependent-agents`)).json);

      await assert.rejects(client.conversationalAi.knowledgeBase.documents.delete(doc.id), (e: any) => {
        assert.equal(e.statusCode, 400);
        assert.equal(e.body.detail.code, "document_has_dependent_agents");
        return true;
      });
      const res = await client.conversationalAi.knowledgeBase.documents.delete(doc.id, { force: true });
      assert.deepEqual(res, {});
      const agent = await client.conversationalAi.agents.get(agentId);
      assert.deepEqual(agent.conversationConfig.agent?.prompt?.knowledgeBase, []);
      await assert.rejects(client.conversationalAi.knowledgeBase.documents.get(doc.id), (e: any) => e.statusCode === 404);

      const lone = await makeDoc("unused");
      await client.conversationalAi.knowledgeBase.documents.delete(lone.id);
      assert.equal((em.state() as any).documents.length, 0);
    });

    it("computes and reads RAG indexes: get-or-create, created -> processing -> succeeded, lowercase statuses", async () => {
      const doc = await makeDoc(PATIENT_TEXT.repeat(3));
      const idx = await client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" });
      assert.equal(idx.status, "created");
      assert.equal(idx.progressPercentage, 0);
      assert.equal(idx.documentModelIndexUsage.usedBytes, 0);
      em.advanceClock(300);
      const again = await client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" });
      assert.equal(again.id, idx.id);
      assert.equal(again.status, "succeeded");
      assert.equal(again.progressPercentage, 100);
      const wire = await raw(em, "POST", `/v1/convai/knowledge-base/${doc.id}/rag-index`, { model: "e5_mistral_7b_instruct" });
      expectSpec("POST", "/v1/convai/knowledge-base/{documentation_id}/rag-index", 200, wire.json);

      const list = await client.conversationalAi.getDocumentRagIndexes(doc.id);
      assert.equal(list.indexes.length, 1);
      expectSpec("GET", "/v1/convai/knowledge-base/{documentation_id}/rag-index", 200, (await raw(em, "GET", `/v1/convai/knowledge-base/${doc.id}/rag-index`)).json);
      const overview = await client.conversationalAi.ragIndexOverview();
      assert.equal(overview.totalUsedBytes, Buffer.byteLength(PATIENT_TEXT.repeat(3)));
      assert.equal(overview.totalMaxBytes, 20 * 1024 * 1024, "creator plan: 20 MB");
      expectSpec("GET", "/v1/convai/knowledge-base/rag-index", 200, (await raw(em, "GET", "/v1/convai/knowledge-base/rag-index")).json);

      const small = await makeDoc("Too short to index.");
      const tiny = await client.conversationalAi.knowledgeBase.document.computeRagIndex(small.id, { model: "multilingual_e5_large_instruct" });
      assert.equal(tiny.status, "document_too_small");

      const bad = await raw(em, "POST", `/v1/convai/knowledge-base/${doc.id}/rag-index`, { model: "nope" });
      assert.equal(bad.status, 422);
      await client.conversationalAi.deleteDocumentRagIndex(doc.id, idx.id);
      assert.equal((await client.conversationalAi.getDocumentRagIndexes(doc.id)).indexes.length, 0);
    });

    it("reports a RAG index as created, then processing, until ragIndexDelayMs has passed", async () => {
      const slow = await start({ ragIndexDelayMs: 60_000 });
      try {
        const doc = await slow.client.conversationalAi.knowledgeBase.documents.createFromText({ text: PATIENT_TEXT.repeat(2) });
        const first = await slow.client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" });
        assert.equal(first.status, "created");
        slow.em.advanceClock(30_000);
        const mid = await slow.client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" });
        assert.equal(mid.status, "processing");
        assert.equal(mid.progressPercentage, 50);
        slow.em.advanceClock(31_000);
        const later = await slow.client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" });
        assert.equal(later.status, "succeeded");
      } finally {
        await slow.em.close();
      }
    });
  });

  describe("agents", () => {
    it("creates, gets, lists, updates with deep-merge PATCH, deletes", async () => {
      const doc = await makeDoc();
      const agentId = await makeAgent([doc.id], { platformSettings: { auth: { enableAuth: true } } });
      assert.match(agentId, /^agent_[0-9a-z]{26}$/);

      const agent = await client.conversationalAi.agents.get(agentId);
      assert.equal(agent.name, "Dr. Rivera's assistant");
      assert.equal(agent.conversationConfig.agent?.firstMessage, "Hello! I can answer questions about your aftercare.");
      assert.equal(agent.conversationConfig.agent?.prompt?.knowledgeBase?.[0].id, doc.id);
      assert.equal(agent.platformSettings?.auth?.enableAuth, true);
      expectSpec("GET", "/v1/convai/agents/{agent_id}", 200, (await raw(em, "GET", `/v1/convai/agents/${agentId}`)).json);

      const updated = await client.conversationalAi.agents.update(agentId, { conversationConfig: { agent: { firstMessage: "Hi again" } }, tags: ["knee"] });
      assert.equal(updated.conversationConfig.agent?.firstMessage, "Hi again");
      // deep merge: sibling keys survive
      assert.equal(updated.conversationConfig.agent?.language, "en");
      assert.equal(updated.conversationConfig.agent?.prompt?.prompt, "Answer from the materials only.");
      assert.equal(updated.conversationConfig.conversation?.textOnly, true);
      assert.deepEqual(updated.tags, ["knee"]);
      assert.equal(updated.name, "Dr. Rivera's assistant");
      const patchWire = await raw(em, "PATCH", `/v1/convai/agents/${agentId}`, { name: "Renamed" });
      assert.equal(patchWire.json.name, "Renamed");
      expectSpec("PATCH", "/v1/convai/agents/{agent_id}", 200, patchWire.json);

      await makeAgent();
      const list = await client.conversationalAi.agents.list({ pageSize: 1 });
      assert.equal(list.agents.length, 1);
      assert.equal(list.hasMore, true);
      const all = await client.conversationalAi.agents.list({ search: "renamed" });
      assert.deepEqual(all.agents.map((a) => a.agentId), [agentId]);
      expectSpec("GET", "/v1/convai/agents", 200, (await raw(em, "GET", "/v1/convai/agents")).json);

      await client.conversationalAi.agents.delete(agentId);
      await assert.rejects(client.conversationalAi.agents.get(agentId), (e: any) => e.statusCode === 404);
    });

    it("validates the create body (conversation_config is required)", async () => {
      const r = await raw(em, "POST", "/v1/convai/agents/create", { name: "x" });
      assert.equal(r.status, 422);
      assert.deepEqual(r.json.detail[0].loc, ["body", "conversation_config"]);
      expectSpec("POST", "/v1/convai/agents/create", 422, r.json);
      const ok = await raw(em, "POST", "/v1/convai/agents/create", { conversation_config: {} });
      expectSpec("POST", "/v1/convai/agents/create", 200, ok.json);
    });
  });

  describe("voices", () => {
    it("lists a fixed catalogue (v1 and v2) and gets one voice", async () => {
      const v1 = await client.voices.getAll();
      assert.equal(v1.voices.length, 8);
      const rachel = v1.voices.find((v) => v.voiceId === "21m00Tcm4TlvDq8ikWAM");
      assert.equal(rachel?.name, "Rachel");
      assert.equal(rachel?.category, "premade");
      assert.equal(rachel?.labels?.gender, "female");
      expectSpec("GET", "/v1/voices", 200, (await raw(em, "GET", "/v1/voices")).json);

      const v2 = await client.voices.search({ pageSize: 3 });
      assert.equal(v2.voices.length, 3);
      assert.equal(v2.totalCount, 8);
      assert.equal(v2.hasMore, true);
      const next = await client.voices.search({ pageSize: 3, nextPageToken: v2.nextPageToken });
      assert.notEqual(next.voices[0].voiceId, v2.voices[0].voiceId);
      expectSpec("GET", "/v2/voices", 200, (await raw(em, "GET", "/v2/voices?page_size=3")).json);

      const one = await client.voices.get("EXAVITQu4vr4xnSDxMaL");
      assert.equal(one.name, "Sarah");
      expectSpec("GET", "/v1/voices/{voice_id}", 200, (await raw(em, "GET", "/v1/voices/EXAVITQu4vr4xnSDxMaL")).json);

      const preview = await fetch(one.previewUrl!);
      assert.equal(preview.status, 200);
      assert.equal(preview.headers.get("content-type"), "audio/mpeg");
    });
  });

  describe("text to speech", () => {
    const VOICE = "21m00Tcm4TlvDq8ikWAM";

    it("convert returns mp3 bytes with request-id and character-cost headers", async () => {
      const { data, rawResponse } = await client.textToSpeech
        .convert(VOICE, { text: "Keep the bandage dry.", modelId: "eleven_flash_v2_5", outputFormat: "mp3_44100_128", previousText: "Hello.", nextText: "Bye.", previousRequestIds: [], seed: 7 })
        .withRawResponse();
      const bytes = await readAll(data);
      assert.equal(bytes[0], 0xff);
      assert.equal(rawResponse.headers.get("content-type"), "audio/mpeg");
      assert.equal(rawResponse.headers.get("character-cost"), "21");
      const rid = rawResponse.headers.get("request-id");
      assert.match(rid ?? "", /^[0-9a-f]{32}$/);

      // stitching: a later request names the previous one
      await readAll(await client.textToSpeech.convert(VOICE, { text: "Change it daily.", previousRequestIds: [rid!] }));
      const st = em.state() as any;
      assert.equal(st.tts.requests, 2);
      assert.deepEqual(st.tts.log[1].previous_request_ids, [rid]);
      assert.equal(st.tts.characters, 21 + 16);
    });

    it("stream returns the same audio, chunked", async () => {
      const text = "This sentence is long enough to be sent in several chunks over the stream.";
      const whole = await readAll(await client.textToSpeech.convert(VOICE, { text }));
      const streamed = await readAll(await client.textToSpeech.stream(VOICE, { text }));
      assert.ok(whole.equals(streamed));
      const r = await raw(em, "POST", `/v1/text-to-speech/${VOICE}/stream`, { text });
      assert.equal(r.headers.get("transfer-encoding"), "chunked");
    });

    it("with-timestamps returns audio_base64 and both alignments", async () => {
      const res = await client.textToSpeech.convertWithTimestamps(VOICE, { text: "Hi there." });
      assert.ok(Buffer.from(res.audioBase64, "base64").length > 0);
      assert.deepEqual(res.alignment?.characters, Array.from("Hi there."));
      assert.deepEqual(res.normalizedAlignment?.characters, Array.from("Hi there."));
      const wire = await raw(em, "POST", `/v1/text-to-speech/${VOICE}/with-timestamps`, { text: "Hi there." });
      expectSpec("POST", "/v1/text-to-speech/{voice_id}/with-timestamps", 200, wire.json);
    });

    it("stream with-timestamps yields NDJSON chunks that add up to the whole", async () => {
      const text = "Physiotherapy starts one week after the operation.";
      const chunks: any[] = [];
      for await (const c of await client.textToSpeech.streamWithTimestamps(VOICE, { text })) chunks.push(c);
      assert.ok(chunks.length > 1);
      const audio = Buffer.concat(chunks.map((c) => Buffer.from(c.audioBase64, "base64")));
      const whole = await readAll(await client.textToSpeech.convert(VOICE, { text }));
      assert.ok(audio.equals(whole));
      assert.equal(chunks.map((c) => (c.alignment?.characters ?? []).join("")).join(""), text);
      const wire = await raw(em, "POST", `/v1/text-to-speech/${VOICE}/stream/with-timestamps`, { text });
      for (const line of wire.buf.toString().trim().split("\n")) {
        expectSpec("POST", "/v1/text-to-speech/{voice_id}/stream/with-timestamps", 200, JSON.parse(line));
      }
    });

    it("rejects an unknown voice with 404 voice_not_found", async () => {
      await assert.rejects(client.textToSpeech.convert("nope", { text: "x" }), (e: any) => e.statusCode === 404 && e.body.detail.code === "voice_not_found");
    });
  });

  describe("signed URL, token and conversations", () => {
    it("issues signed URLs (with a pre-assigned conversation id) and WebRTC tokens", async () => {
      const agentId = await makeAgent();
      const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
      const u = new URL(signedUrl);
      assert.equal(u.protocol, "ws:");
      assert.equal(u.host, new URL(em.url).host);
      assert.equal(u.pathname, "/v1/convai/conversation");
      assert.equal(u.searchParams.get("agent_id"), agentId);
      assert.ok(u.searchParams.get("conversation_signature"));
      assert.match(u.searchParams.get("conversation_id") ?? "", /^conv_[0-9a-z]{26}$/);
      const wire = await raw(em, "GET", `/v1/convai/conversation/get-signed-url?agent_id=${agentId}`);
      assert.equal(new URL(wire.json.signed_url).searchParams.get("conversation_id"), null);
      expectSpec("GET", "/v1/convai/conversation/get-signed-url", 200, wire.json);

      const token = await client.conversationalAi.conversations.getWebrtcToken({ agentId });
      assert.ok(token.token);
      assert.match(token.conversationId, /^conv_/);
      expectSpec("GET", "/v1/convai/conversation/token", 200, (await raw(em, "GET", `/v1/convai/conversation/token?agent_id=${agentId}`)).json);

      await assert.rejects(client.conversationalAi.conversations.getSignedUrl({ agentId: "agent_missing" }), (e: any) => e.statusCode === 404);
      const st = em.state() as any;
      assert.equal(st.signed_urls.length, 4);
    });

    it("gets, lists (agent filter, cursor paging), downloads audio and deletes conversations", async () => {
      const { talk } = await import("./conversation-helpers.ts");
      const doc = await makeDoc();
      const a1 = await makeAgent([doc.id]);
      const a2 = await makeAgent([doc.id]);
      const c1 = await talk(client, a1, ["When can I shower?"]);
      const c2 = await talk(client, a1, ["How much ibuprofen can I take?"]);
      const c3 = await talk(client, a2, []);
      for (const id of [c1, c2, c3]) await waitDone(em, id);

      const conv = await client.conversationalAi.conversations.get(c1);
      assert.equal(conv.status, "done");
      assert.equal(conv.agentId, a1);
      assert.equal(conv.transcript[0].role, "agent");
      assert.equal(conv.transcript[1].message, "When can I shower?");
      assert.equal(conv.analysis?.callSuccessful, "success", "the stand-in's rules analyse every finished conversation");
      const wire = await raw(em, "GET", `/v1/convai/conversations/${c1}`);
      assert.equal(typeof wire.json.analysis.transcript_summary, "string");
      expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, wire.json);

      const list = await client.conversationalAi.conversations.list({ agentId: a1, pageSize: 1 });
      assert.equal(list.conversations.length, 1);
      assert.equal(list.hasMore, true);
      const rest = await client.conversationalAi.conversations.list({ agentId: a1, pageSize: 1, cursor: list.nextCursor });
      assert.equal(rest.hasMore, false);
      assert.deepEqual(new Set([list.conversations[0].conversationId, rest.conversations[0].conversationId]), new Set([c1, c2]));
      assert.equal(list.conversations[0].callSuccessful, "success");
      assert.equal((await client.conversationalAi.conversations.list({ agentId: a2 })).conversations.length, 1);
      expectSpec("GET", "/v1/convai/conversations", 200, (await raw(em, "GET", "/v1/convai/conversations")).json);

      const audio = await readAll(await client.conversationalAi.conversations.audio.get(c1));
      assert.equal(audio[0], 0xff);
      assert.equal((audio[1] & 0xe0), 0xe0);

      await client.conversationalAi.conversations.delete(c1);
      await assert.rejects(client.conversationalAi.conversations.get(c1), (e: any) => e.statusCode === 404);
      expectSpec("DELETE", "/v1/convai/conversations/{conversation_id}", 200, (await raw(em, "DELETE", `/v1/convai/conversations/${c2}`)).json);
    });

    it("reports the analysis a test configures instead of the computed one", async () => {
      const { talk } = await import("./conversation-helpers.ts");
      const agentId = await makeAgent();
      const set = await control(em, "POST", "/_emulator/analysis", { agent_id: agentId, analysis: { call_successful: "success", transcript_summary: "The patient asked about showering.", evaluation_criteria_results: {}, data_collection_results: {} } });
      assert.equal(set.status, 200);
      const id = await talk(client, agentId, ["Hello"]);
      await waitDone(em, id);
      const conv = await client.conversationalAi.conversations.get(id);
      assert.equal(conv.analysis?.callSuccessful, "success");
      expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, (await raw(em, "GET", `/v1/convai/conversations/${id}`)).json);
      const list = await client.conversationalAi.conversations.list({ callSuccessful: "success" });
      assert.deepEqual(list.conversations.map((c) => c.conversationId), [id]);
    });
  });
});

async function waitDone(em: RunningEmulator, id: string) {
  const until = Date.now() + 5000;
  while (em.emulator.conversations.get(id)?.status !== "done") {
    if (Date.now() > until) throw new Error(`conversation ${id} did not reach done`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
