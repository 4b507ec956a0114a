import assert from "node:assert/strict";
import { AGENT_LANGUAGES } from "../../../src/contracts/agents";
import { AGENT_TTS_MODELS, agentTtsModelFor } from "../../../src/domain/tts-models";

describe("domain/tts-models agentTtsModelFor", () => {
  // ElevenLabs: "English Agents must use turbo or flash v2"; other languages need a v2.5 (multilingual) model.
  const cases: [string, string][] = [
    ["en", "eleven_flash_v2"],
    ["en-GB", "eleven_flash_v2"],
    ["EN-us", "eleven_flash_v2"],
    ["es", "eleven_flash_v2_5"],
    ["fr", "eleven_flash_v2_5"],
    ["pt", "eleven_flash_v2_5"],
    ["de", "eleven_flash_v2_5"],
    ["pt-br", "eleven_flash_v2_5"],
    ["eng", "eleven_flash_v2_5"],
  ];
  for (const [language, model] of cases) {
    it(`gives a ${language} agent ${model}`, () => {
      assert.equal(agentTtsModelFor(language), model);
    });
  }

  it("never gives an English agent a v2.5 model, nor another language an English-only one", () => {
    for (const language of AGENT_LANGUAGES) {
      const model = agentTtsModelFor(language);
      if (language === "en") assert.doesNotMatch(model, /_v2_5$/);
      else assert.match(model, /_v2_5$/);
    }
  });

  it("uses the low-latency Flash family for both", () => {
    assert.deepEqual(Object.values(AGENT_TTS_MODELS), ["eleven_flash_v2", "eleven_flash_v2_5"]);
  });
});
