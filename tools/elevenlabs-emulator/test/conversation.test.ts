// The conversation WebSocket: signed URL through the SDK, a text conversation with a plain `ws`
// client, the lifecycle (in-progress -> processing -> done) and the signed post-call webhook.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { expectSpec, raw, start, waitFor } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import { DEFLECTION_EN, DEFLECTION_ES } from "../src/index.ts";
import type { RunningEmulator } from "../src/index.ts";

const require = createRequire(import.meta.url);

const AFTERCARE = [
  "Keep the bandage clean and dry for 48 hours after your knee surgery.",
  "You may shower two days after the operation. Do not soak the knee in a bath or a swimming pool for two weeks.",
  "Take ibuprofen 400 mg every 8 hours with food if you have pain. Never take more than 1200 mg in one day.",
  "Call the clinic straight away if you have a fever above 38 degrees or the wound becomes red, hot or swollen.",
  "Physiotherapy starts one week after the operation. Bring comfortable clothes and your exercise sheet.",
  // over 500 bytes in all, so the document is RAG-indexed rather than placed in the prompt
  "Your follow-up appointment with the surgeon is two weeks after the operation.",
].join("\n\n");

const CUIDADOS = [
  "Mantenga el vendaje limpio y seco durante 48 horas después de la cirugía de rodilla.",
  "Puede ducharse dos días después de la operación. No sumerja la rodilla en una bañera durante dos semanas.",
  "Tome ibuprofeno 400 mg cada 8 horas con comida si tiene dolor.",
].join("\n\n");

interface Received {
  rawBody: string;
  signature: string;
  at: number;
}

async function webhookReceiver(statuses: number[] = []): Promise<{ server: Server; url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      received.push({ rawBody: Buffer.concat(chunks).toString("utf8"), signature: String(req.headers["elevenlabs-signature"] ?? ""), at: Date.now() });
      res.statusCode = statuses[n++] ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/elevenlabs/webhook`;
  return { server, url, received, close: () => new Promise((r) => server.close(() => r())) };
}

describe("conversation over WebSocket", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;

  before(async () => {
    hook = await webhookReceiver();
    ({ em, client } = await start({ webhookUrl: hook.url, webhookSecret: "whsec_test_secret", processingDelayMs: 150 }));
  });
  after(async () => {
    await em.close();
    await hook.close();
  });
  beforeEach(() => {
    em.reset();
    hook.received.length = 0;
  });

  async function agentWith(text: string, conversationConfig: Record<string, unknown> = {}, platformSettings?: Record<string, unknown>) {
    const doc = await client.conversationalAi.knowledgeBase.documents.createFromText({ text, name: "Aftercare" });
    const { agentId } = await client.conversationalAi.agents.create({
      name: "Aftercare assistant",
      conversationConfig: {
        agent: {
          firstMessage: "Hello {{patient_name}}, ask me about your aftercare.",
          language: "en",
          // SDK 2.73.0 types agent.dynamic_variables as `unknown` and sends it as given: inner keys must be wire names.
          dynamicVariables: { dynamic_variable_placeholders: { patient_name: "there" } },
          prompt: {
            prompt: "Use the materials.",
            knowledgeBase: [{ type: "text", name: "Aftercare", id: doc.id, usageMode: "auto" }],
            rag: { enabled: true, embeddingModel: "e5_mistral_7b_instruct" },
          },
        },
        conversation: { textOnly: true },
        ...conversationConfig,
      },
      platformSettings,
    });
    em.advanceClock(1_000); // the RAG index the agent started is built
    return { agentId, docId: doc.id };
  }

  it("signed URL -> text conversation -> processing -> done -> signed webhook that constructEvent accepts", async () => {
    const { agentId, docId } = await agentWith(AFTERCARE);
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const preassigned = new URL(signedUrl).searchParams.get("conversation_id");
    assert.ok(preassigned);

    const s = await TextSession.open(signedUrl);
    s.send({ type: "conversation_initiation_client_data", conversation_config_override: {}, dynamic_variables: { patient_name: "Ana" }, user_id: "patient_42" });
    const meta = await s.next("conversation_initiation_metadata");
    assert.equal(meta.conversation_initiation_metadata_event.conversation_id, preassigned);
    assert.equal(s.events[0].type, "conversation_initiation_metadata", "metadata is the first event");
    const greeting = await s.next("agent_response");
    assert.equal(greeting.agent_response_event.agent_response, "Hello Ana, ask me about your aftercare.");
    assert.equal((await client.conversationalAi.conversations.get(preassigned)).status, "in-progress");

    em.advanceClock(5_000);
    const shower = await s.ask("When can I take a shower?");
    assert.equal(shower, "You may shower two days after the operation. Do not soak the knee in a bath or a swimming pool for two weeks.");
    const echo = s.events.find((e) => e.type === "user_transcript");
    assert.equal(echo.user_transcription_event.user_transcript, "When can I take a shower?");

    s.send({ type: "contextual_update", text: "Patient opened the medication page" });
    s.send({ type: "user_activity" });
    em.advanceClock(7_000);
    const pills = await s.ask("How much ibuprofen can I take per day?");
    assert.match(pills, /1200 mg/);

    em.advanceClock(3_000);
    const unknown = await s.ask("Is it safe to fly to Japan next month?");
    assert.equal(unknown, DEFLECTION_EN);

    const from = s.events.length;
    s.send({ type: "ping", event_id: 99 });
    const pong = await s.next("pong", from);
    assert.equal(pong.event_id, 99);
    assert.equal(s.events.slice(from).filter((e) => e.type === "agent_response").length, 0, "activity/context/ping get no agent reply");

    em.advanceClock(2_000);
    await s.close();

    const processing = await client.conversationalAi.conversations.get(preassigned);
    assert.equal(processing.status, "processing");
    await waitFor(async () => (await client.conversationalAi.conversations.get(preassigned)).status === "done", "done");

    const conv = await client.conversationalAi.conversations.get(preassigned);
    assert.equal(conv.metadata.callDurationSecs, 17);
    assert.equal(conv.metadata.terminationReason, "Client disconnected: 1000");
    assert.equal(conv.userId, "patient_42");
    assert.equal(conv.analysis?.callSuccessful, "success");
    assert.match(conv.analysis?.transcriptSummary ?? "", /The user sent 3 messages; .* could not answer 1 question\. No red flags were found\./);
    const roles = conv.transcript.map((t) => `${t.role}@${t.timeInCallSecs}`);
    assert.deepEqual(roles, ["agent@0", "user@5", "agent@5", "user@12", "agent@12", "user@15", "agent@15"]);
    for (const t of conv.transcript) assert.ok(Number.isInteger(t.timeInCallSecs));
    const answered = conv.transcript[2].ragRetrievalInfo!;
    assert.equal(answered.chunks[0].documentId, docId);
    assert.equal(answered.retrievalQuery, "When can I take a shower?");
    assert.equal(answered.embeddingModel, "e5_mistral_7b_instruct");
    assert.ok(answered.chunks[0].vectorDistance >= 0 && answered.chunks[0].vectorDistance < 1);
    assert.deepEqual(answered.usedChunkIds, [answered.chunks[0].chunkId]);
    assert.equal(conv.transcript[6].ragRetrievalInfo, undefined, "a deflection used no chunks");
    const chunk = await raw(em, "GET", `/v1/convai/knowledge-base/${docId}/chunk/${answered.chunks[0].chunkId}`);
    assert.equal(chunk.json.content, shower);

    const wire = await raw(em, "GET", `/v1/convai/conversations/${preassigned}`);
    expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, wire.json);

    const [delivery] = await waitFor(() => (hook.received.length ? hook.received : null), "webhook");
    assert.match(delivery.signature, /^t=\d+,v0=[0-9a-f]{64}$/);
    const event: any = await new ElevenLabsClient({ apiKey: "unused" }).webhooks.constructEvent(delivery.rawBody, delivery.signature, "whsec_test_secret");
    assert.equal(event.type, "post_call_transcription");
    assert.ok(Number.isInteger(event.event_timestamp));
    assert.equal(event.data.conversation_id, preassigned);
    assert.equal(event.data.status, "done");
    assert.deepEqual(event.data, wire.json);
    expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, event.data);
    await assert.rejects(new ElevenLabsClient({ apiKey: "unused" }).webhooks.constructEvent(delivery.rawBody, delivery.signature, "wrong-secret"), /Signature hash does not match/);

    const st = em.state() as any;
    assert.equal(st.webhook_deliveries.length, 1);
    assert.equal(st.webhook_deliveries[0].state, "delivered");
    assert.equal(st.signed_urls[0].used, true);
  });

  it("accepts a signature once (single use), refuses changed, mismatched and expired ones", async () => {
    const { agentId } = await agentWith(AFTERCARE);
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const tampered = new URL(signedUrl);
    tampered.searchParams.set("conversation_signature", `${tampered.searchParams.get("conversation_signature")}x`);
    await assert.rejects(TextSession.open(tampered.toString()), (e: any) => e.statusCode === 403);
    const otherId = new URL(signedUrl);
    otherId.searchParams.set("conversation_id", "conv_someoneelse");
    await assert.rejects(TextSession.open(otherId.toString()), (e: any) => e.statusCode === 403);

    const s = await TextSession.open(signedUrl);
    await s.next("conversation_initiation_metadata");
    await s.close();
    await assert.rejects(TextSession.open(signedUrl), (e: any) => e.statusCode === 403, "second use is refused");

    const fresh = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    em.advanceClock(15 * 60 * 1000 + 1000);
    await assert.rejects(TextSession.open(fresh.signedUrl), (e: any) => e.statusCode === 403, "expired after 15 minutes");

    // without include_conversation_id a signature may be reused while valid; each use is a new conversation
    const reusable = await client.conversationalAi.conversations.getSignedUrl({ agentId });
    const a = await TextSession.open(reusable.signedUrl, ["convai"]);
    assert.equal(a.ws.protocol, "convai");
    const ma = await a.next("conversation_initiation_metadata");
    await a.close();
    const b = await TextSession.open(reusable.signedUrl);
    const mb = await b.next("conversation_initiation_metadata");
    await b.close();
    assert.notEqual(ma.conversation_initiation_metadata_event.conversation_id, mb.conversation_initiation_metadata_event.conversation_id);
  });

  it("needs a signature for agents with auth enabled; public agents connect with agent_id only", async () => {
    const priv = await agentWith(AFTERCARE, {}, { auth: { enableAuth: true } });
    const wsBase = em.url.replace("http", "ws");
    await assert.rejects(TextSession.open(`${wsBase}/v1/convai/conversation?agent_id=${priv.agentId}`), (e: any) => e.statusCode === 403);
    const pub = await agentWith(AFTERCARE, {}, { auth: { enableAuth: false } });
    const s = await TextSession.open(`${wsBase}/v1/convai/conversation?agent_id=${pub.agentId}`);
    // no initiation data: the server starts on its own after a short wait
    const meta = await s.next("conversation_initiation_metadata");
    await s.close();
    const id = meta.conversation_initiation_metadata_event.conversation_id;
    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");
    assert.equal((await client.conversationalAi.conversations.get(id)).metadata.authorizationMethod, "public");
    await assert.rejects(TextSession.open(`${wsBase}/v1/convai/conversation?agent_id=agent_missing`), (e: any) => e.statusCode === 404);
  });

  it("answers in Spanish from Spanish materials and deflects in Spanish", async () => {
    const { agentId } = await agentWith(CUIDADOS, { agent: { firstMessage: "", language: "es", prompt: { prompt: "x" } }, tts: { modelId: "eleven_flash_v2_5" } });
    // the conversationConfig above replaced the whole `agent` key (and its knowledge base): attach the document again
    const docs = (em.state() as any).documents;
    await client.conversationalAi.agents.update(agentId, { conversationConfig: { agent: { prompt: { knowledgeBase: [{ type: "text", name: "Cuidados", id: docs[0].id, usageMode: "auto" }] } } } });
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId });
    const s = await TextSession.open(signedUrl);
    s.send({ type: "conversation_initiation_client_data" });
    await s.next("conversation_initiation_metadata");
    assert.match(await s.ask("¿Cuándo puedo ducharme?"), /Puede ducharse dos días/);
    assert.match(await s.ask("¿Cuánto ibuprofeno debo tomar?"), /ibuprofeno 400 mg/);
    assert.equal(await s.ask("¿Puedo viajar en avión a Japón?"), DEFLECTION_ES);
    assert.equal(s.events.filter((e) => e.type === "agent_response").length, 3, "empty first_message: the agent waits");
    await s.close();
  });

  it("refuses overrides the agent does not allow (error event, close 1008) and applies allowed ones", async () => {
    const { agentId } = await agentWith(AFTERCARE, {}, { overrides: { conversationConfigOverride: { agent: { firstMessage: true } } } });
    const url1 = (await client.conversationalAi.conversations.getSignedUrl({ agentId })).signedUrl;
    const bad = await TextSession.open(url1);
    bad.send({ type: "conversation_initiation_client_data", conversation_config_override: { agent: { language: "fr" } } });
    const err = await bad.next("error");
    assert.equal(err.error_event.error_type, "override_error");
    assert.equal((await bad.closed).code, 1008);

    const good = await TextSession.open(url1);
    good.send({ type: "conversation_initiation_client_data", conversation_config_override: { agent: { first_message: "Custom hello" } } });
    const hello = await good.next("agent_response");
    assert.equal(hello.agent_response_event.agent_response, "Custom hello");
    await good.close();
  });

  it("sends server pings when configured; the SDK's Conversation class (signed URL) works end to end", async () => {
    const pinging = await start({ pingIntervalMs: 30 });
    try {
      const doc = await pinging.client.conversationalAi.knowledgeBase.documents.createFromText({ text: AFTERCARE });
      const { agentId } = await pinging.client.conversationalAi.agents.create({
        conversationConfig: {
          agent: { firstMessage: "Hi!", prompt: { knowledgeBase: [{ type: "text", name: "a", id: doc.id, usageMode: "auto" }] } },
          conversation: { textOnly: true, clientEvents: ["agent_response", "user_transcript", "ping"] },
        },
      });
      const { Conversation } = require("@elevenlabs/elevenlabs-js/api/resources/conversationalAi/conversation");
      const { AudioInterface } = require("@elevenlabs/elevenlabs-js/api/resources/conversationalAi/conversation/AudioInterface");
      class Silent extends AudioInterface {
        start() {}
        stop() {}
        output() {}
        interrupt() {}
      }
      const responses: string[] = [];
      const messages: any[] = [];
      const conversation = new Conversation({
        client: pinging.client,
        agentId,
        requiresAuth: true,
        audioInterface: new Silent(),
        config: { conversationConfigOverride: {} },
        callbackAgentResponse: (r: string) => responses.push(r),
        callbackMessageReceived: (m: any) => messages.push(m),
      });
      await conversation.startSession();
      await waitFor(() => responses.length >= 1, "greeting");
      conversation.sendUserMessage("When can I shower?");
      await waitFor(() => responses.length >= 2, "answer");
      assert.match(responses[1], /shower two days after/);
      await waitFor(() => pinging.em.emulator.conversations.size === 1 && messages.some((m) => m.type === "ping"), "a server ping");
      conversation.endSession();
      const [c] = [...pinging.em.emulator.conversations.values()];
      await waitFor(() => c.status === "done", "done", 5000);
    } finally {
      await pinging.em.close();
    }
  });
});
