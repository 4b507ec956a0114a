// Webhook (server) tools called during a conversation, and the post-call analysis computed for the
// agent's data collection and evaluation criteria. Agents, signed URLs and reads go through the SDK.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { control, expectSpec, raw, start, waitFor } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

interface ToolHit {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  at: number;
}

async function toolEndpoint(status = 200) {
  const hits: ToolHit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString();
      hits.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: text ? JSON.parse(text) : null, at: Date.now() });
      res.statusCode = status;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: status < 300, alert_id: `alert_${hits.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("webhook tools and post-call analysis", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;
  let endpoint: Awaited<ReturnType<typeof toolEndpoint>>;

  before(async () => {
    ({ em, client } = await start());
  });
  after(async () => {
    await em.close();
  });
  beforeEach(async () => {
    em.reset();
    endpoint = await toolEndpoint();
  });
  afterEach(async () => {
    await endpoint.close();
  });

  async function flaggingAgent(url: string, extra: Record<string, unknown> = {}) {
    const { agentId } = await client.conversationalAi.agents.create({
      conversationConfig: {
        agent: {
          firstMessage: "Hello.",
          language: "en",
          prompt: {
            prompt: "Call flag_for_doctor for any red-flag symptom.",
            tools: [
              {
                type: "webhook",
                name: "flag_for_doctor",
                description: "Tell the doctor about a red-flag symptom now.",
                responseTimeoutSecs: 5,
                apiSchema: {
                  url: `${url}/tools/flag?session={{session_id}}`,
                  method: "POST",
                  requestHeaders: { Authorization: "Bearer {{secret__tool_token}}" },
                  requestBodySchema: {
                    type: "object",
                    required: ["category", "severity", "patient_words"],
                    properties: {
                      category: { type: "string", description: "The kind of red flag." },
                      severity: { type: "string", description: "How urgent it is.", enum: ["low", "high", "emergency"] },
                      patient_words: { type: "string", description: "The patient's own words." },
                      session_id: { type: "string", dynamicVariable: "session_id" },
                      conversation_id: { type: "string", dynamicVariable: "system__conversation_id" },
                    },
                  },
                },
              },
            ],
          },
        },
        conversation: { textOnly: true, clientEvents: ["agent_response", "user_transcript", "agent_tool_response"] },
      },
      ...extra,
    });
    return agentId;
  }

  async function open(agentId: string) {
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const s = await TextSession.open(signedUrl);
    s.send({ type: "conversation_initiation_client_data", dynamic_variables: { session_id: "sess_1", secret__tool_token: "tok_abc" } });
    const meta = await s.next("conversation_initiation_metadata");
    await s.next("agent_response");
    return { s, id: meta.conversation_initiation_metadata_event.conversation_id as string };
  }

  it("calls flag_for_doctor during the call when the user reports a red flag, before the agent replies", async () => {
    const agentId = await flaggingAgent(endpoint.base);
    const { s, id } = await open(agentId);
    const reply = await s.ask("I have chest pain since this morning.");
    const repliedAt = Date.now();
    assert.equal(reply, "I have let your care team know right away. If this is an emergency, call your local emergency number now.");
    assert.equal(endpoint.hits.length, 1);
    const hit = endpoint.hits[0];
    assert.ok(hit.at <= repliedAt, "the tool ran before the reply");
    assert.equal(hit.method, "POST");
    assert.equal(hit.url, "/tools/flag?session=sess_1");
    assert.equal(hit.headers.authorization, "Bearer tok_abc");
    assert.deepEqual(hit.body, { category: "chest_pain", severity: "emergency", patient_words: "I have chest pain since this morning.", session_id: "sess_1", conversation_id: id });
    const toolEvent = s.events.find((e) => e.type === "agent_tool_response");
    assert.equal(toolEvent.agent_tool_response.tool_name, "flag_for_doctor");
    assert.equal(toolEvent.agent_tool_response.is_error, false);

    assert.match(await s.ask("I have no chest pain now, when can I shower?"), /I'm sorry/, "a negated cue calls nothing");
    assert.equal(endpoint.hits.length, 1);
    await s.close();

    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");
    const conv = await client.conversationalAi.conversations.get(id);
    const callTurn = conv.transcript.find((t) => t.toolCalls?.length)!;
    assert.equal(callTurn.role, "agent");
    const call = callTurn.toolCalls![0];
    assert.equal(call.toolName, "flag_for_doctor");
    assert.equal(call.toolHasBeenCalled, true);
    assert.deepEqual(JSON.parse(call.paramsAsJson), hit.body);
    const wire = await raw(em, "GET", `/v1/convai/conversations/${id}`);
    const wireCall = wire.json.transcript.find((t: any) => t.tool_calls.length).tool_calls[0];
    assert.equal(wireCall.type, "webhook");
    assert.equal(wireCall.tool_details.type, "webhook");
    assert.equal(wireCall.tool_details.headers.Authorization, "[redacted]", "secret__ values are not shown");
    const wireResult = wire.json.transcript.find((t: any) => t.tool_results.length).tool_results[0];
    assert.equal(wireResult.request_id, wireCall.request_id);
    assert.equal(wireResult.is_error, false);
    assert.deepEqual(JSON.parse(wireResult.result_value), { ok: true, alert_id: "alert_1" });
    expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, wire.json);
  });

  it("records a failing tool endpoint as is_error, and the agent still gives the emergency advice", async () => {
    const failing = await toolEndpoint(500);
    try {
      const agentId = await flaggingAgent(failing.base);
      const { s } = await open(agentId);
      assert.match(await s.ask("My wound is bleeding heavily."), /call your local emergency number/);
      assert.equal(s.events.find((e) => e.type === "agent_tool_response").agent_tool_response.is_error, true);
      const calls = (await control(em, "GET", "/_emulator/tool-calls")).body.calls;
      assert.equal(calls.length, 1);
      assert.equal(calls[0].status, 500);
      assert.equal(calls[0].trigger, "red_flag");
      await s.close();
    } finally {
      await failing.close();
    }
  });

  it("makes the tool call a test scripts for the next user turn", async () => {
    const agentId = await flaggingAgent(endpoint.base);
    const { s, id } = await open(agentId);
    const scripted = await control(em, "POST", "/_emulator/tool-calls", { conversation_id: id, tool_name: "flag_for_doctor", parameters: { category: "asked_for_human", severity: "low", patient_words: "Can a nurse call me?" } });
    assert.equal(scripted.status, 200);
    await s.ask("Hello there.");
    assert.equal(endpoint.hits.length, 1);
    assert.deepEqual(endpoint.hits[0].body, { category: "asked_for_human", severity: "low", patient_words: "Can a nurse call me?", session_id: "sess_1", conversation_id: id });
    assert.deepEqual((await control(em, "GET", "/_emulator/tool-calls")).body.scripted, [], "consumed");
    await s.close();
  });

  it("computes data_collection_results and evaluation_criteria_results for the agent's own items", async () => {
    const { agentId } = await client.conversationalAi.agents.create({
      conversationConfig: { agent: { firstMessage: "Hello." }, conversation: { textOnly: true } },
      platformSettings: {
        dataCollection: {
          red_flags: { type: "string", description: "JSON list of the patient's red-flag symptoms as verbatim quotes with category and whether present now." },
          wants_human: { type: "boolean", description: "True if the patient asked to speak to a person." },
          question_count: { type: "integer", description: "How many questions the patient asked." },
          mood: { type: "string", description: "The patient's mood." },
        },
        evaluation: {
          criteria: [
            { id: "red_flag_reported", name: "Red flag reported", type: "prompt", conversationGoalPrompt: "Did the patient report a red-flag symptom?" },
            { id: "asked_for_human", name: "Asked for a human", type: "prompt", conversationGoalPrompt: "Did the patient ask to speak to a person?" },
            { id: "polite", name: "Polite", type: "prompt", conversationGoalPrompt: "Was the agent polite?" },
          ],
        },
      },
    });
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const s = await TextSession.open(signedUrl);
    s.send({ type: "conversation_initiation_client_data" });
    const id = (await s.next("conversation_initiation_metadata")).conversation_initiation_metadata_event.conversation_id;
    await s.next("agent_response");
    await s.ask("When can I shower?");
    await s.ask("I fainted yesterday. I can't breathe well today.");
    await s.ask("I want to speak to a nurse.");
    await s.close();
    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");

    const conv = await client.conversationalAi.conversations.get(id);
    const dc = conv.analysis!.dataCollectionResults!;
    assert.deepEqual(JSON.parse(String(dc.red_flags.value)), [
      { quote: "I fainted yesterday.", category: "fainting", present_now: false, turn_index: 3 },
      { quote: "I can't breathe well today.", category: "breathing", present_now: true, turn_index: 3 },
    ]);
    assert.equal(dc.wants_human.value, true);
    assert.equal(dc.question_count.value, 1);
    assert.equal(dc.mood.value ?? null, null, "no rule for moods: no value");
    assert.equal(dc.red_flags.jsonSchema?.type, "string");
    assert.match(dc.mood.rationale, /no rule/);
    const ev = conv.analysis!.evaluationCriteriaResults!;
    assert.equal(ev.red_flag_reported.result, "success");
    assert.equal(ev.asked_for_human.result, "success");
    assert.equal(ev.polite.result, "unknown");
    assert.match(conv.analysis!.transcriptSummary, /Possible red flags: fainting, breathing\. The user asked to speak to a person\./);
    expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, (await raw(em, "GET", `/v1/convai/conversations/${id}`)).json);

    // a test can lay its own fields over the computed analysis
    await control(em, "POST", "/_emulator/analysis", { conversation_id: id, merge: true, analysis: { data_collection_results: { mood: { data_collection_id: "mood", value: "calm", rationale: "set by the test" } } } });
    const after = await client.conversationalAi.conversations.get(id);
    assert.equal(after.analysis!.dataCollectionResults!.mood.value, "calm");
    assert.equal(after.analysis!.callSuccessful, "success", "the rest stays");
  });
});
