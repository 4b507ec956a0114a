import assert from "node:assert/strict";
import { ANSWER_STYLES } from "../../../src/contracts/agents";
import { DEFLECTION_SENTENCE, firstMessage, systemPrompt } from "../../../src/domain/prompts";

describe("domain/prompts", () => {
  it("keeps the deflection sentence the summarizer looks for", () => {
    assert.equal(DEFLECTION_SENTENCE, "I don't have that in the materials your doctor gave me");
  });

  for (const style of ANSWER_STYLES) {
    describe(`the ${style} style`, () => {
      const prompt = systemPrompt(style, ["Asthma"]);

      it("starts with the safety rules, which override everything else", () => {
        assert.ok(prompt.startsWith("Safety rules, which override everything else:"));
      });

      it("includes the exact deflection sentence in quotes", () => {
        assert.ok(prompt.includes(`"${DEFLECTION_SENTENCE}. Please ask your doctor or care team."`));
      });

      const rules = ["You are not a doctor", "Never diagnose", "red-flag symptom", "emergency services", "Answer only from the knowledge documents"];
      for (const rule of rules) {
        it(`includes the rule "${rule}"`, () => {
          assert.ok(prompt.includes(rule));
        });
      }

      it("names the topics", () => {
        assert.ok(systemPrompt(style, ["Asthma", "Type 2 diabetes"]).includes("Topic: Asthma, Type 2 diabetes."));
      });

      it("falls back to the patient's condition when no disease is named", () => {
        assert.ok(systemPrompt(style, []).includes("Topic: the patient's condition."));
      });

      it("has a non-empty first message", () => {
        assert.ok(firstMessage(style).length > 10);
      });
    });
  }

  it("gives each style its own instructions", () => {
    const prompts = ANSWER_STYLES.map((style) => systemPrompt(style, ["Asthma"]));
    assert.equal(new Set(prompts).size, ANSWER_STYLES.length);
    const styleLines = prompts.map((p) => p.slice(p.indexOf("Style:")));
    assert.equal(new Set(styleLines).size, ANSWER_STYLES.length);
  });

  it("shares the same safety rules across every style", () => {
    const safety = ANSWER_STYLES.map((style) => systemPrompt(style, ["Asthma"]).split("\n\nTopic:")[0]);
    assert.equal(new Set(safety).size, 1);
  });

  it("greets professionally in the professional style and informally otherwise", () => {
    assert.match(firstMessage("professional"), /^Hello\./);
    assert.match(firstMessage("friendly"), /^Hi!/);
    assert.equal(firstMessage("friendly"), firstMessage("educational"));
  });
});
