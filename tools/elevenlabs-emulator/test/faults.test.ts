// Fault injection through the control API (POST /_emulator/faults), one test per fault kind.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { control, raw, sleep, start, waitFor } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

const VOICE = "21m00Tcm4TlvDq8ikWAM";

describe("fault injection", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;
  const received: { body: any; at: number }[] = [];
  let hookServer: ReturnType<typeof createServer>;

  before(async () => {
    hookServer = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        received.push({ body: JSON.parse(Buffer.concat(chunks).toString()), at: Date.now() });
        res.end();
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, "127.0.0.1", r));
    ({ em, client } = await start({ webhookUrl: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`, processingDelayMs: 50 }));
  });
  after(async () => {
    await em.close();
    await new Promise((r) => hookServer.close(r));
  });
  beforeEach(async () => {
    assert.equal((await control(em, "POST", "/_emulator/reset")).status, 200);
    received.length = 0;
  });

  async function newAgent() {
    return (await client.conversationalAi.agents.create({ conversationConfig: { agent: { firstMessage: "Hi" }, conversation: { textOnly: true } } })).agentId;
  }

  async function converse(agentId: string) {
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const s = await TextSession.open(signedUrl);
    const meta = await s.next("conversation_initiation_metadata");
    await s.next("agent_response");
    await s.close();
    return meta.conversation_initiation_metadata_event.conversation_id as string;
  }

  it("429 rate_limit_exceeded for the next N requests of a route, with Retry-After", async () => {
    const f = await control(em, "POST", "/_emulator/faults", { route: "tts.convert", kind: "rate_limit", count: 2, retry_after: 3 });
    assert.equal(f.status, 200);
    assert.equal(f.body.remaining, 2);
    for (let i = 0; i < 2; i++) {
      const r = await raw(em, "POST", `/v1/text-to-speech/${VOICE}`, { text: "hi" });
      assert.equal(r.status, 429);
      assert.equal(r.headers.get("retry-after"), "3");
      assert.equal(r.json.detail.code, "rate_limit_exceeded");
      assert.equal(r.json.detail.status, "rate_limit_exceeded");
    }
    // other routes are unaffected
    assert.equal((await raw(em, "GET", "/v1/voices")).status, 200);
    assert.equal((await raw(em, "POST", `/v1/text-to-speech/${VOICE}`, { text: "hi" })).status, 200);
    const st = (await control(em, "GET", "/_emulator/state")).body;
    assert.deepEqual(st.faults, []);
    assert.deepEqual(st.requests.map((r: any) => `${r.status}:${r.fault ?? "-"}`), ["429:rate_limit", "429:rate_limit", "200:-", "200:-"]);
  });

  it("429 concurrent_limit_exceeded; the SDK waits Retry-After and retries", async () => {
    await control(em, "POST", "/_emulator/faults", { route: "POST /v1/convai/knowledge-base/*", kind: "rate_limit", code: "concurrent_limit_exceeded", retry_after: 1 });
    await assert.rejects(client.conversationalAi.knowledgeBase.documents.createFromText({ text: "x" }), (e: any) => e.statusCode === 429 && e.body.detail.code === "concurrent_limit_exceeded");
    await control(em, "POST", "/_emulator/faults", { route: "kb.create_text", kind: "rate_limit", code: "concurrent_limit_exceeded", retry_after: 1 });
    const retrying = new ElevenLabsClient({ apiKey: em.apiKey, baseUrl: em.url, maxRetries: 2 });
    const t0 = Date.now();
    const doc = await retrying.conversationalAi.knowledgeBase.documents.createFromText({ text: "x" });
    assert.ok(doc.id);
    assert.ok(Date.now() - t0 >= 900, "waited for Retry-After: 1");
  });

  it("500 and 503 errors for matching routes (method + path pattern)", async () => {
    const agentId = await newAgent();
    await control(em, "POST", "/_emulator/faults", { faults: [
      { route: "GET /v1/convai/agents/*", kind: "error", status: 500 },
      { route: "GET /v1/convai/agents/*", kind: "error", status: 503 },
    ] });
    await assert.rejects(client.conversationalAi.agents.get(agentId), (e: any) => e.statusCode === 500 && e.body.detail.code === "internal_server_error");
    await assert.rejects(client.conversationalAi.agents.get(agentId), (e: any) => e.statusCode === 503 && e.body.detail.code === "service_unavailable");
    assert.equal((await client.conversationalAi.agents.get(agentId)).agentId, agentId);
  });

  it("latency per route and global (option and fault)", async () => {
    await control(em, "POST", "/_emulator/faults", { route: "voices.list", kind: "latency", ms: 250 });
    let t0 = performance.now();
    await client.voices.getAll();
    assert.ok(performance.now() - t0 >= 240);
    t0 = performance.now();
    await client.voices.search();
    assert.ok(performance.now() - t0 < 200, "other routes are not slowed");
    await control(em, "POST", "/_emulator/faults", { kind: "latency", ms: 150, count: 1 });
    t0 = performance.now();
    await client.voices.search();
    assert.ok(performance.now() - t0 >= 140, "global latency fault");

    const slow = await start({ latencyMs: 120 });
    try {
      t0 = performance.now();
      await slow.client.voices.getAll();
      assert.ok(performance.now() - t0 >= 110, "latencyMs option");
    } finally {
      await slow.em.close();
    }
  });

  it("a dropped connection: the socket is destroyed without a response", async () => {
    await control(em, "POST", "/_emulator/faults", { route: "agents.list", kind: "drop" });
    await assert.rejects(client.conversationalAi.agents.list(), (e: any) => /fetch failed|socket|terminated/i.test(String(e.message) + String(e.cause ?? "")));
    const st = em.state() as any;
    assert.equal(st.requests[0].fault, "drop");
    assert.equal(st.requests[0].status, null);
    assert.equal((await client.conversationalAi.agents.list()).agents.length, 0);
  });

  it("a TTS stream cut midway: some bytes, then the socket is destroyed", async () => {
    await control(em, "POST", "/_emulator/faults", { route: "tts.stream", kind: "stream_cut", after_bytes: 5000 });
    const res = await fetch(`${em.url}/v1/text-to-speech/${VOICE}/stream`, {
      method: "POST",
      headers: { "xi-api-key": em.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ text: "A long enough sentence to produce many kilobytes of audio for the stream cut test." }),
    });
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    let got = 0;
    await assert.rejects(async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
      }
    });
    assert.equal(got, 5000);
    // and through the SDK
    await control(em, "POST", "/_emulator/faults", { route: "tts.*", kind: "stream_cut" });
    await assert.rejects(async () => {
      const stream = await client.textToSpeech.stream(VOICE, { text: "Another long sentence for the software development kit to read." });
      const r = stream.getReader();
      for (;;) if ((await r.read()).done) break;
    });
  });

  it("a webhook delivered twice, or never", async () => {
    const agentId = await newAgent();
    await control(em, "POST", "/_emulator/faults", { kind: "webhook_duplicate" });
    const c1 = await converse(agentId);
    await waitFor(() => received.length === 2, "two copies");
    assert.deepEqual(received.map((r) => r.body.data.conversation_id), [c1, c1]);

    await control(em, "POST", "/_emulator/faults", { kind: "webhook_drop" });
    const c2 = await converse(agentId);
    await waitFor(() => em.emulator.conversations.get(c2)?.status === "done", "done");
    await sleep(150);
    assert.equal(received.length, 2, "no webhook for the dropped one");
    const deliveries = (em.state() as any).webhook_deliveries;
    assert.deepEqual(deliveries.map((d: any) => d.state), ["delivered", "delivered", "dropped"]);
  });

  it("a delayed webhook arrives after a later one (out of order)", async () => {
    const agentId = await newAgent();
    await control(em, "POST", "/_emulator/faults", { kind: "webhook_delay", ms: 400 });
    const first = await converse(agentId);
    const second = await converse(agentId);
    await waitFor(() => received.length === 2, "both webhooks", 3000);
    assert.deepEqual(received.map((r) => r.body.data.conversation_id), [second, first]);
  });

  it("a conversation stuck in processing, and one that ends failed", async () => {
    const agentId = await newAgent();
    await control(em, "POST", "/_emulator/faults", { kind: "conversation_stuck" });
    const stuck = await converse(agentId);
    await sleep(200);
    assert.equal((await client.conversationalAi.conversations.get(stuck)).status, "processing");
    assert.equal(received.length, 0);
    // the control API can then fail it (or complete it)
    const set = await control(em, "POST", `/_emulator/conversations/${stuck}/status`, { status: "failed", reason: "analysis crashed" });
    assert.equal(set.body.status, "failed");
    const failedConv = await client.conversationalAi.conversations.get(stuck);
    assert.equal(failedConv.status, "failed");
    assert.equal(failedConv.metadata.error?.reason, "analysis crashed");

    await control(em, "POST", "/_emulator/faults", { kind: "conversation_failed" });
    const failing = await converse(agentId);
    await waitFor(() => em.emulator.conversations.get(failing)?.status === "failed", "failed");
    const next = await converse(agentId);
    await waitFor(() => em.emulator.conversations.get(next)?.status === "done", "the next one is fine");
    await waitFor(() => received.length === 1, "webhook only for the done one");
    assert.equal(received[0].body.data.conversation_id, next);

    const third = await converse(agentId);
    await control(em, "POST", "/_emulator/faults", { kind: "conversation_stuck" });
    await waitFor(() => em.emulator.conversations.get(third)?.status === "done", "done");
    const stuck2 = await converse(agentId);
    const done = await control(em, "POST", `/_emulator/conversations/${stuck2}/status`, { status: "done" });
    assert.equal(done.body.status, "done");
  });

  it("faults on the conversation socket upgrade", async () => {
    const agentId = await newAgent();
    await control(em, "POST", "/_emulator/faults", { route: "convai.websocket", kind: "rate_limit", code: "concurrent_limit_exceeded" });
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId });
    await assert.rejects(TextSession.open(signedUrl), (e: any) => e.statusCode === 429);
    const s = await TextSession.open(signedUrl);
    await s.next("conversation_initiation_metadata");
    await s.close();
  });

  it("control API: list, remove, clear, validation, reset", async () => {
    const bad = await control(em, "POST", "/_emulator/faults", { kind: "nope" });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /kind must be one of/);
    assert.equal((await control(em, "POST", "/_emulator/faults", { kind: "latency" })).status, 400);
    const a = await control(em, "POST", "/_emulator/faults", { route: "agents.get", kind: "error", status: 503, count: 5 });
    await control(em, "POST", "/_emulator/faults", { route: "agents.list", kind: "drop", count: -1 });
    let list = await control(em, "GET", "/_emulator/faults");
    assert.equal(list.body.faults.length, 2);
    assert.equal((await control(em, "DELETE", `/_emulator/faults/${a.body.id}`)).status, 200);
    list = await control(em, "GET", "/_emulator/faults");
    assert.deepEqual(list.body.faults.map((f: any) => f.kind), ["drop"]);
    await control(em, "DELETE", "/_emulator/faults");
    assert.equal((await control(em, "GET", "/_emulator/faults")).body.faults.length, 0);

    await newAgent();
    await control(em, "POST", "/_emulator/faults", { kind: "drop", count: 3 });
    assert.equal((await control(em, "POST", "/_emulator/reset")).status, 200);
    const st = (await control(em, "GET", "/_emulator/state")).body;
    assert.deepEqual([st.agents.length, st.faults.length, st.requests.length, st.tts.requests], [0, 0, 0, 0]);
  });
});
