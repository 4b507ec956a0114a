// Agent create/update refusals, driven through the real SDK: the language/TTS-model pairing and
// voice ids that are not in the voice list.

import assert from "node:assert/strict";
import { ElevenLabs, ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { expectSpec, raw, start } from "./helpers.ts";
import type { RunningEmulator } from "../src/index.ts";

describe("agent configuration rules", () => {
  let em: RunningEmulator;
  let client: ElevenLabsClient;

  before(async () => {
    ({ em, client } = await start());
  });
  after(async () => {
    await em.close();
  });
  beforeEach(() => em.reset());

  const create = (language: string, modelId?: string, voiceId?: string) =>
    client.conversationalAi.agents.create({
      name: "Rules",
      conversationConfig: {
        agent: { firstMessage: "Hello", language, prompt: { prompt: "Answer from the materials." } },
        tts: { ...(modelId ? { modelId: modelId as ElevenLabs.TtsConversationalModel } : {}), ...(voiceId ? { voiceId } : {}) },
      },
    });

  function refusedWith400(message: RegExp, param: string) {
    return (e: any) => {
      assert.equal(e.statusCode, 400);
      assert.equal(e.body.detail.code, "invalid_parameters");
      assert.equal(e.body.detail.status, "invalid_parameters");
      assert.equal(e.body.detail.type, "validation_error");
      assert.equal(e.body.detail.param, param);
      assert.match(e.body.detail.message, message);
      return true;
    };
  }

  it("refuses an English agent on a v2.5 model with 400 'English Agents must use turbo or flash v2'", async () => {
    for (const model of ["eleven_flash_v2_5", "eleven_turbo_v2_5"]) {
      await assert.rejects(create("en", model), refusedWith400(/English Agents must use turbo or flash v2\./, "conversation_config.tts.model_id"), model);
    }
    assert.equal((em.state() as any).agents.length, 0, "nothing stored");
    for (const model of ["eleven_flash_v2", "eleven_turbo_v2", "eleven_multilingual_v2"]) {
      const { agentId } = await create("en", model);
      assert.match(agentId, /^agent_/, model);
    }
  });

  it("refuses an agent in another language on an English-only model, including the default one", async () => {
    for (const [language, model] of [["es", "eleven_flash_v2"], ["fr", "eleven_turbo_v2"], ["de", undefined]] as const) {
      await assert.rejects(create(language, model), refusedWith400(/Non-english Agents must use turbo or flash v2_5/, "conversation_config.tts.model_id"), `${language}/${model}`);
    }
    for (const [language, model] of [["es", "eleven_flash_v2_5"], ["pt", "eleven_turbo_v2_5"], ["fr", "eleven_multilingual_v2"]] as const) {
      const { agentId } = await create(language, model);
      assert.match(agentId, /^agent_/, `${language}/${model}`);
    }
  });

  it("checks the merged agent on update: a PATCH that breaks the pairing is refused and changes nothing", async () => {
    const { agentId } = await create("en", "eleven_flash_v2");
    await assert.rejects(
      client.conversationalAi.agents.update(agentId, { conversationConfig: { agent: { language: "es" } } }),
      refusedWith400(/Non-english Agents/, "conversation_config.tts.model_id"),
    );
    await assert.rejects(
      client.conversationalAi.agents.update(agentId, { conversationConfig: { tts: { modelId: "eleven_flash_v2_5" } } }),
      refusedWith400(/English Agents must use turbo or flash v2/, "conversation_config.tts.model_id"),
    );
    const agent = await client.conversationalAi.agents.get(agentId);
    assert.equal(agent.conversationConfig.agent?.language, "en");
    assert.equal(agent.conversationConfig.tts?.modelId, "eleven_flash_v2");
    const both = await client.conversationalAi.agents.update(agentId, { conversationConfig: { agent: { language: "es" }, tts: { modelId: "eleven_flash_v2_5" } } });
    assert.equal(both.conversationConfig.agent?.language, "es");
    expectSpec("PATCH", "/v1/convai/agents/{agent_id}", 200, (await raw(em, "PATCH", `/v1/convai/agents/${agentId}`, { name: "ok" })).json);
  });

  it("refuses a voice id that is not in the voice list", async () => {
    await assert.rejects(create("en", "eleven_flash_v2", "NotARealVoiceId0000000"), (e: any) => {
      assert.equal(e.statusCode, 400);
      assert.equal(e.body.detail.code, "voice_not_found");
      assert.equal(e.body.detail.param, "conversation_config.tts.voice_id");
      assert.match(e.body.detail.message, /NotARealVoiceId0000000/);
      return true;
    });
    const voices = await client.voices.getAll();
    const { agentId } = await create("en", "eleven_flash_v2", voices.voices[1].voiceId);
    await assert.rejects(
      client.conversationalAi.agents.update(agentId, { conversationConfig: { tts: { voiceId: "gone" } } }),
      (e: any) => e.statusCode === 400 && e.body.detail.code === "voice_not_found",
    );
  });

  it("answers shape errors with FastAPI 422: unknown agent model ids (eleven_v3), languages, tool names, data collection types", async () => {
    const bad = await raw(em, "POST", "/v1/convai/agents/create", { conversation_config: { tts: { model_id: "eleven_v3" } } });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.json.detail[0].loc, ["body", "conversation_config", "tts", "model_id"]);
    expectSpec("POST", "/v1/convai/agents/create", 422, bad.json);
    const lang = await raw(em, "POST", "/v1/convai/agents/create", { conversation_config: { agent: { language: "xx" } } });
    assert.equal(lang.status, 422);
    const tool = await raw(em, "POST", "/v1/convai/agents/create", {
      conversation_config: { agent: { prompt: { tools: [{ type: "webhook", name: "has space", description: "x", api_schema: { url: "https://example.com" } }] } } },
    });
    assert.equal(tool.status, 422);
    assert.deepEqual(tool.json.detail[0].loc, ["body", "conversation_config", "agent", "prompt", "tools", 0, "name"]);
    const dc = await raw(em, "POST", "/v1/convai/agents/create", { conversation_config: {}, platform_settings: { data_collection: { flags: { type: "array", description: "x" } } } });
    assert.equal(dc.status, 422);
    assert.deepEqual(dc.json.detail[0].loc, ["body", "platform_settings", "data_collection", "flags", "type"]);
  });
});
