// What ElevenLabs refuses or cuts when a conversation starts and runs: unset {{variables}} in the first
// message, prompt or tools; a language override the agent's TTS model cannot speak; the maximum duration
// and the 60 s receive timeout (both on the virtual clock). Signed URLs come from the real SDK.

import assert from "node:assert/strict";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { expectSpec, raw, start, waitFor } from "./helpers.ts";
import { TextSession } from "./conversation-helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

describe("conversation start and time limits", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;

  before(async () => {
    ({ em, client } = await start());
  });
  after(async () => {
    await em.close();
  });
  beforeEach(() => em.reset());

  async function agent(agentConfig: Record<string, unknown>, extra: Record<string, unknown> = {}, platformSettings?: Record<string, unknown>) {
    const { agentId } = await client.conversationalAi.agents.create({
      conversationConfig: { agent: { firstMessage: "Hello.", language: "en", ...agentConfig }, conversation: { textOnly: true }, ...extra },
      platformSettings,
    });
    return agentId;
  }

  async function open(agentId: string, initiation: Record<string, unknown> = {}) {
    const { signedUrl } = await client.conversationalAi.conversations.getSignedUrl({ agentId, includeConversationId: true });
    const s = await TextSession.open(signedUrl);
    s.send({ type: "conversation_initiation_client_data", conversation_config_override: {}, dynamic_variables: {}, ...initiation });
    const meta = await s.next("conversation_initiation_metadata");
    return { s, id: meta.conversation_initiation_metadata_event.conversation_id as string };
  }

  async function refused(agentId: string, initiation: Record<string, unknown>, message: string, errorType = "missing_dynamic_variable") {
    const { s, id } = await open(agentId, initiation);
    const err = await s.next("error");
    assert.equal(err.error_event.code, 1008);
    assert.equal(err.error_event.error_type, errorType);
    assert.equal(err.error_event.message, message);
    const closed = await s.closed;
    assert.equal(closed.code, 1008);
    assert.equal(closed.reason, message.slice(0, 123));
    assert.equal(s.events.filter((e) => e.type === "agent_response").length, 0, "the agent never speaks");
    await waitFor(() => em.emulator.conversations.get(id)?.status === "failed", "failed");
    const conv = await client.conversationalAi.conversations.get(id);
    assert.equal(conv.status, "failed");
    assert.equal(conv.metadata.terminationReason, message);
    expectSpec("GET", "/v1/convai/conversations/{conversation_id}", 200, (await raw(em, "GET", `/v1/convai/conversations/${id}`)).json);
    return conv;
  }

  it("refuses a conversation whose prompt uses a {{variable}} that is neither sent nor defaulted", async () => {
    const agentId = await agent({ prompt: { prompt: "You help the patients of {{doctor_name}}." } });
    await refused(agentId, {}, "Missing required dynamic variables in prompt: {'doctor_name'}");
    // the same agent starts once the session sends the value
    const { s } = await open(agentId, { dynamic_variables: { doctor_name: "Dr. Rivera" } });
    assert.equal((await s.next("agent_response")).agent_response_event.agent_response, "Hello.");
    await s.close();
  });

  it("names every missing first-message variable, sorted, the way ElevenLabs prints them", async () => {
    const agentId = await agent({ firstMessage: "Hello {{patient_name}}, this is {{doctor_name}}'s assistant." });
    await refused(agentId, { dynamic_variables: { unrelated: "x" } }, "Missing required dynamic variables in first message: {'doctor_name', 'patient_name'}");
  });

  it("uses the agent's placeholders as defaults; the session's values win; strict mode ignores the defaults", async () => {
    const agentConfig = {
      firstMessage: "Hello {{patient_name}}, I answer for {{doctor_name}}.",
      dynamicVariables: { dynamic_variable_placeholders: { doctor_name: "Dr. Rivera", patient_name: "there" } },
    };
    const agentId = await agent(agentConfig);
    const { s } = await open(agentId, { dynamic_variables: { patient_name: "Ana" } });
    assert.equal((await s.next("agent_response")).agent_response_event.agent_response, "Hello Ana, I answer for Dr. Rivera.");
    await s.close();

    const strict = await start({ placeholderDefaults: false });
    try {
      const { agentId: strictAgent } = await strict.client.conversationalAi.agents.create({ conversationConfig: { agent: agentConfig, conversation: { textOnly: true } } });
      const { signedUrl } = await strict.client.conversationalAi.conversations.getSignedUrl({ agentId: strictAgent });
      const t = await TextSession.open(signedUrl);
      t.send({ type: "conversation_initiation_client_data", dynamic_variables: { patient_name: "Ana" } });
      assert.equal((await t.next("error")).error_event.message, "Missing required dynamic variables in first message: {'doctor_name'}");
      assert.equal((await t.closed).code, 1008);
    } finally {
      await strict.em.close();
    }
  });

  it("exempts system__ variables and fills them in", async () => {
    const agentId = await agent({ firstMessage: "Call {{system__conversation_id}} for {{system__agent_id}}.", prompt: { prompt: "Now: {{system__time_utc}}" } });
    const { s, id } = await open(agentId);
    assert.equal((await s.next("agent_response")).agent_response_event.agent_response, `Call ${id} for ${agentId}.`);
    await s.close();
  });

  it("refuses a conversation whose webhook tool needs a variable nobody sends", async () => {
    const agentId = await agent({
      prompt: {
        prompt: "Help.",
        tools: [
          {
            type: "webhook",
            name: "flag_for_doctor",
            description: "Tell the doctor.",
            apiSchema: {
              url: "https://clinic.example/flags/{{session_id}}",
              method: "POST",
              requestHeaders: { Authorization: { variableName: "secret__tool_token" } },
            },
          },
        ],
      },
    });
    await refused(agentId, { dynamic_variables: { session_id: "s1" } }, "Missing required dynamic variables in tools: {'secret__tool_token'}");
    await refused(agentId, {}, "Missing required dynamic variables in tools: {'secret__tool_token', 'session_id'}");
  });

  it("refuses a language override that the agent's TTS model cannot speak", async () => {
    const agentId = await agent({}, {}, { overrides: { conversationConfigOverride: { agent: { language: true } } } });
    await refused(agentId, { conversation_config_override: { agent: { language: "es" } } }, "Invalid conversation config: Value error, Non-english Agents must use turbo or flash v2_5.", "value_error");
  });

  it("ends the call at max_duration_seconds (error max_duration_exceeded, close 1000), default 600", async () => {
    const short = await agent({ maxConversationDurationMessage: "Our time is up. Goodbye." }, { conversation: { textOnly: true, maxDurationSeconds: 30 } });
    const { s, id } = await open(short);
    await s.next("agent_response");
    em.advanceClock(29_000);
    s.send({ type: "user_activity" });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(s.events.some((e) => e.type === "error"), false, "29 s is within the limit");
    em.advanceClock(1_500);
    const err = await s.next("error");
    assert.equal(err.error_event.error_type, "max_duration_exceeded");
    assert.equal(err.error_event.code, 1000);
    assert.equal((await s.closed).code, 1000);
    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");
    const conv = await client.conversationalAi.conversations.get(id);
    assert.match(conv.metadata.terminationReason ?? "", /Maximum call duration of 30 seconds exceeded/);
    assert.equal(conv.transcript.at(-1)?.message, "Our time is up. Goodbye.");

    const standard = await agent({});
    const { s: t } = await open(standard);
    for (let i = 0; i < 10; i++) {
      em.advanceClock(55_000); // under the 60 s receive timeout each time
      t.send({ type: "user_activity" });
      await new Promise((r) => setTimeout(r, 10));
    }
    assert.equal(t.events.some((e) => e.type === "error"), false, "550 s is within the default 600 s");
    em.advanceClock(50_000);
    const late = await t.next("error", 0, 3000);
    assert.equal(late.error_event.error_type, "max_duration_exceeded");
    assert.match(late.error_event.message, /600 seconds/);
  });

  it("closes a conversation that receives nothing for 60 s (transport_receive_timeout, close 1002)", async () => {
    const agentId = await agent({});
    const { s, id } = await open(agentId);
    await s.next("agent_response");
    em.advanceClock(59_000);
    s.send({ type: "user_message", text: "Still here" });
    await s.next("user_transcript");
    em.advanceClock(60_000);
    const err = await s.next("error");
    assert.equal(err.error_event.error_type, "transport_receive_timeout");
    assert.equal((await s.closed).code, 1002);
    await waitFor(() => em.emulator.conversations.get(id)?.status === "done", "done");
    assert.match((await client.conversationalAi.conversations.get(id)).metadata.terminationReason ?? "", /No user input for 60 seconds/);
  });

  it("applies an allowed max_duration_seconds override", async () => {
    const agentId = await agent({}, {}, { overrides: { conversationConfigOverride: { conversation: { maxDurationSeconds: true } } } });
    const { s } = await open(agentId, { conversation_config_override: { conversation: { max_duration_seconds: 10 } } });
    await s.next("agent_response");
    em.advanceClock(10_000);
    assert.equal((await s.next("error")).error_event.error_type, "max_duration_exceeded");
  });
});
