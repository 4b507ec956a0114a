// The --plan limits through the real SDK: the workspace knowledge caps, the RAG index cap and index
// lifecycle (retrieval waits for `succeeded`), text-to-speech and conversation concurrency, system_busy.

import assert from "node:assert/strict";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { control, expectSpec, raw, start } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import { DEFLECTION_EN } from "../src/index.ts";
import type { RunningEmulator } from "../src/index.ts";

const VOICE = "21m00Tcm4TlvDq8ikWAM";
const PARAGRAPH = "Change the dressing on your knee wound every morning after a shower, and keep it dry for the rest of the day. ";

async function drain(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  while (!(await reader.read()).done) {
    /* read to the end */
  }
}

describe("plan limits", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;

  before(async () => {
    ({ em, client } = await start({ ttsGenerationMs: 300 }));
  });
  after(async () => {
    await em.close();
  });
  beforeEach(() => em.reset());

  const usePlan = async (plan: string) => assert.equal((await control(em, "POST", "/_emulator/plan", { plan })).status, 200);

  describe("knowledge base size", () => {
    it("refuses a document over the plan's 300,000-character workspace cap, and nothing is stored", async () => {
      await assert.rejects(client.conversationalAi.knowledgeBase.documents.createFromText({ text: "a".repeat(300_001), name: "Too long" }), (e: any) => {
        assert.equal(e.statusCode, 400);
        assert.equal(e.body.detail.code, "knowledge_base_size_limit_exceeded");
        assert.equal(e.body.detail.status, "knowledge_base_size_limit_exceeded");
        assert.match(e.body.detail.message, /300,000 characters/);
        return true;
      });
      assert.equal((await client.conversationalAi.knowledgeBase.list()).documents.length, 0);

      // the cap is for the whole workspace: 200k fits, another 150k does not, 100k does
      await client.conversationalAi.knowledgeBase.documents.createFromText({ text: "b".repeat(200_000), name: "First" });
      await assert.rejects(client.conversationalAi.knowledgeBase.documents.createFromText({ text: "c".repeat(150_000), name: "Second" }), (e: any) => e.statusCode === 400);
      await client.conversationalAi.knowledgeBase.documents.createFromText({ text: "d".repeat(100_000), name: "Third" });
      const usage = (await control(em, "GET", "/_emulator/plan")).body.usage;
      assert.equal(usage.knowledge_characters, 300_000);
      assert.equal(usage.knowledge_documents, 2);
    });

    it("counts characters, not bytes, for the character cap, and bytes for the 20 MB cap (files without text too)", async () => {
      await client.conversationalAi.knowledgeBase.documents.createFromText({ text: "é".repeat(300_000), name: "Accents" }); // 600,000 bytes
      await client.conversationalAi.knowledgeBase.documents.delete((await client.conversationalAi.knowledgeBase.list()).documents[0].id);
      const pdf = Buffer.alloc(20 * 1024 * 1024 + 1, 1);
      await assert.rejects(
        client.conversationalAi.knowledgeBase.documents.createFromFile({ file: { data: pdf, filename: "scan.pdf", contentType: "application/pdf" } }),
        (e: any) => e.statusCode === 400 && e.body.detail.code === "knowledge_base_size_limit_exceeded",
      );
    });

    it("has no workspace cap on the enterprise plan", async () => {
      await usePlan("enterprise");
      const created = await client.conversationalAi.knowledgeBase.documents.createFromText({ text: "e".repeat(400_000), name: "Big" });
      assert.ok(created.id);
    });
  });

  describe("RAG indexing", () => {
    it("indexes up to the plan's RAG cap; past it the index ends rag_limit_exceeded at once", async () => {
      await usePlan("free"); // 1 MB
      // PDFs: their bytes count (the stand-in extracts no text from them, so the character cap is not reached first)
      const pdf = (name: string) => ({ file: { data: Buffer.alloc(600_000, 7), filename: `${name}.pdf`, contentType: "application/pdf" }, name });
      const a = await client.conversationalAi.knowledgeBase.documents.createFromFile(pdf("A"));
      const b = await client.conversationalAi.knowledgeBase.documents.createFromFile(pdf("B"));
      const ia = await client.conversationalAi.knowledgeBase.document.computeRagIndex(a.id, { model: "e5_mistral_7b_instruct" });
      assert.equal(ia.status, "created");
      const ib = await client.conversationalAi.knowledgeBase.document.computeRagIndex(b.id, { model: "e5_mistral_7b_instruct" });
      assert.equal(ib.status, "rag_limit_exceeded");
      expectSpec("POST", "/v1/convai/knowledge-base/{documentation_id}/rag-index", 200, (await raw(em, "POST", `/v1/convai/knowledge-base/${b.id}/rag-index`, { model: "e5_mistral_7b_instruct" })).json);
      em.advanceClock(1_000);
      assert.equal((await client.conversationalAi.knowledgeBase.document.computeRagIndex(a.id, { model: "e5_mistral_7b_instruct" })).status, "succeeded");
      const overview = await client.conversationalAi.ragIndexOverview();
      assert.equal(overview.totalMaxBytes, 1024 * 1024);
      assert.equal(overview.totalUsedBytes, 600_000);
      // freeing A's index makes room: B's refused index is deleted and computed again
      await client.conversationalAi.deleteDocumentRagIndex(a.id, ia.id);
      await client.conversationalAi.deleteDocumentRagIndex(b.id, ib.id);
      assert.equal((await client.conversationalAi.knowledgeBase.document.computeRagIndex(b.id, { model: "e5_mistral_7b_instruct" })).status, "created");
    });

    it("ends an index `failed` when the rag_index_failed fault is armed", async () => {
      // a minute-long index, so the real time between calls cannot move it past `processing` on a slow machine
      const slow = await start({ ragIndexDelayMs: 60_000 });
      try {
        const doc = await slow.client.conversationalAi.knowledgeBase.documents.createFromText({ text: PARAGRAPH.repeat(10), name: "F" });
        assert.equal((await control(slow.em, "POST", "/_emulator/faults", { kind: "rag_index_failed" })).status, 200);
        assert.equal((await slow.client.conversationalAi.knowledgeBase.document.computeRagIndex(doc.id, { model: "e5_mistral_7b_instruct" })).status, "created");
        slow.em.advanceClock(30_000);
        assert.equal((await slow.client.conversationalAi.getDocumentRagIndexes(doc.id)).indexes[0].status, "processing");
        slow.em.advanceClock(31_000);
        assert.equal((await slow.client.conversationalAi.getDocumentRagIndexes(doc.id)).indexes[0].status, "failed");
      } finally {
        await slow.em.close();
      }
    });

    it("retrieves only from documents whose index has succeeded; an agent with RAG starts indexing its documents", async () => {
      const doc = await client.conversationalAi.knowledgeBase.documents.createFromText({ text: PARAGRAPH.repeat(10), name: "Dressing" });
      const { agentId } = await client.conversationalAi.agents.create({
        conversationConfig: {
          agent: {
            firstMessage: "Hi",
            prompt: { prompt: "Answer from the materials.", knowledgeBase: [{ type: "text", name: "Dressing", id: doc.id, usageMode: "auto" }], rag: { enabled: true } },
          },
          conversation: { textOnly: true },
        },
      });
      // The virtual clock runs on real time, so a slow machine may already be past `created`; either state means started.
      assert.ok(["created", "processing"].includes((await client.conversationalAi.getDocumentRagIndexes(doc.id)).indexes[0]?.status), "saving the agent started indexing");
      const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId });
      const s = await TextSession.open(signedUrl);
      s.send({ type: "conversation_initiation_client_data" });
      await s.next("agent_response");
      assert.equal(await s.ask("When do I change the dressing?"), DEFLECTION_EN, "not indexed yet: nothing to retrieve");
      em.advanceClock(500);
      assert.match(await s.ask("When do I change the dressing?"), /Change the dressing on your knee wound every morning/);
      await s.close();
    });
  });

  describe("concurrency", () => {
    it("answers text-to-speech beyond the plan's concurrency with 429 too_many_concurrent_requests", async () => {
      await usePlan("free"); // Multilingual v2: 2, Turbo/Flash: 4
      const attempt = (modelId: string) =>
        client.textToSpeech.convert(VOICE, { text: "Keep the bandage dry.", modelId }).then(drain).then(
          () => "ok",
          (e: any) => `${e.statusCode}:${e.body?.detail?.status}`,
        );
      const multilingual = await Promise.all([1, 2, 3].map(() => attempt("eleven_multilingual_v2")));
      assert.deepEqual(multilingual.sort(), ["429:too_many_concurrent_requests", "ok", "ok"]);
      const flash = await Promise.all([1, 2, 3, 4, 5].map(() => attempt("eleven_flash_v2_5")));
      assert.equal(flash.filter((r) => r === "ok").length, 4);
      assert.equal(flash.filter((r) => r === "429:too_many_concurrent_requests").length, 1);
      // once they finished, the slots are free again
      assert.equal(await attempt("eleven_multilingual_v2"), "ok");
      const r = await raw(em, "POST", `/v1/text-to-speech/${VOICE}`, { text: "hi" });
      assert.equal(r.headers.get("maximum-concurrent-requests"), "2");
    });

    it("refuses a conversation beyond the plan's concurrency (429 on the upgrade); bursting and per-agent limits apply", async () => {
      await usePlan("free"); // 4 conversations
      const makeAgent = async (platformSettings?: Record<string, unknown>) =>
        (await client.conversationalAi.agents.create({ conversationConfig: { agent: { firstMessage: "Hi" }, conversation: { textOnly: true } }, platformSettings })).agentId;
      const agentId = await makeAgent();
      const openOne = async (id: string) => TextSession.open((await client.conversationalAi.conversations.getSignedUrl({ agentId: id })).signedUrl);
      const sessions: TextSession[] = [];
      for (let i = 0; i < 4; i++) sessions.push(await openOne(agentId));
      await assert.rejects(openOne(agentId), (e: any) => e.statusCode === 429);
      const { body } = await control(em, "GET", "/_emulator/plan");
      assert.equal(body.conversation_concurrency, 4);
      assert.equal(body.usage.open_conversations, 4);

      const bursting = await makeAgent({ callLimits: { burstingEnabled: true } });
      for (let i = 0; i < 8; i++) sessions.push(await openOne(bursting)); // up to 3 x 4 = 12 in all
      await assert.rejects(openOne(bursting), (e: any) => e.statusCode === 429);

      await Promise.all(sessions.map((s) => s.close()));
      const single = await makeAgent({ callLimits: { agentConcurrencyLimit: 1 } });
      const first = await openOne(single);
      await assert.rejects(openOne(single), (e: any) => e.statusCode === 429);
      await first.close();
      await (await openOne(single)).close();
    });

    it("answers 429 system_busy when the system_busy fault is armed (HTTP and the socket upgrade)", async () => {
      await control(em, "POST", "/_emulator/faults", { kind: "system_busy", route: "tts.*", count: 1 });
      await assert.rejects(client.textToSpeech.convert(VOICE, { text: "hi" }), (e: any) => {
        assert.equal(e.statusCode, 429);
        assert.equal(e.body.detail.status, "system_busy");
        assert.equal(e.body.detail.code, "system_busy");
        return true;
      });
      await drain(await client.textToSpeech.convert(VOICE, { text: "hi" }));
      const { agentId } = await client.conversationalAi.agents.create({ conversationConfig: { agent: { firstMessage: "Hi" } } });
      await control(em, "POST", "/_emulator/faults", { kind: "system_busy", route: "convai.websocket" });
      await assert.rejects(TextSession.open((await client.conversationalAi.conversations.getSignedUrl({ agentId })).signedUrl), (e: any) => e.statusCode === 429);
    });
  });

  it("exposes the plan's limits and lets tests switch plans", async () => {
    const { status, body } = await control(em, "GET", "/_emulator/plan");
    assert.equal(status, 200);
    assert.equal(body.plan, "creator");
    assert.equal(body.knowledge_max_characters, 300_000);
    assert.equal(body.knowledge_max_bytes, 20 * 1024 * 1024);
    assert.equal(body.rag_index_max_bytes, 20 * 1024 * 1024);
    assert.deepEqual(body.tts_concurrency, { multilingual: 5, turbo_flash: 10 });
    assert.equal(body.conversation_concurrency, 10);
    const pro = (await control(em, "POST", "/_emulator/plan", { plan: "pro" })).body;
    assert.equal(pro.conversation_concurrency, 20);
    assert.equal((await control(em, "POST", "/_emulator/plan", { plan: "gold" })).status, 400);
    em.reset();
    assert.equal((await control(em, "GET", "/_emulator/plan")).body.plan, "creator", "reset goes back to the plan the stand-in started with");
  });
});
