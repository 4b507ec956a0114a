import assert from "node:assert/strict";
import { AGENT_LANGUAGES, ANSWER_STYLES } from "../../../src/contracts/agents";
import {
  agentVariableValues, DEFLECTION_SENTENCE, DOCTOR_NAME_FALLBACK, firstMessage, LANGUAGE_PACKS, promptVariableNames, systemPrompt, unsetPromptVariables,
} from "../../../src/domain/prompts";

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

describe("domain/prompts languages and variables", () => {
  it("has a language pack for every agent language", () => {
    assert.deepEqual(Object.keys(LANGUAGE_PACKS).sort(), [...AGENT_LANGUAGES].sort());
  });

  for (const language of AGENT_LANGUAGES) {
    it(`tells a ${language} agent to speak ${LANGUAGE_PACKS[language].name} and deflect in it`, () => {
      const prompt = systemPrompt("friendly", ["Asthma"], language);
      assert.ok(prompt.includes(`Speak ${LANGUAGE_PACKS[language].name} only.`));
      assert.ok(prompt.includes(`"${LANGUAGE_PACKS[language].deflection}. ${LANGUAGE_PACKS[language].askYourDoctor}"`));
      assert.equal(firstMessage("professional", language), LANGUAGE_PACKS[language].greeting.formal);
      assert.equal(firstMessage("friendly", language), LANGUAGE_PACKS[language].greeting.informal);
    });
  }

  it("greets in Spanish", () => {
    assert.match(firstMessage("friendly", "es"), /^¡Hola!/);
  });

  it("finds each {{variable}} once", () => {
    assert.deepEqual(promptVariableNames("Hi {{ doctor_name }}, {{doctor_name}} and {{system__time_utc}}", "{{x.y}}"), ["doctor_name", "system__time_utc", "x.y"]);
    assert.deepEqual(promptVariableNames("no variables"), []);
  });

  it("names the variables the prompt needs but has no value for", () => {
    const prompt = systemPrompt("friendly", ["Asthma"]);
    assert.deepEqual(promptVariableNames(prompt, firstMessage("friendly")), ["doctor_name"]);
    assert.deepEqual(unsetPromptVariables([prompt], {}), ["doctor_name"]);
    assert.deepEqual(unsetPromptVariables([prompt], { doctor_name: "" }), ["doctor_name"]);
    assert.deepEqual(unsetPromptVariables([prompt], { doctor_name: "Dr. Ruiz" }), []);
    assert.deepEqual(unsetPromptVariables(["{{system__conversation_id}}"], {}), [], "system__ variables come from ElevenLabs");
  });

  it("leaves no prompt variable of any style or language without a value", () => {
    const values = agentVariableValues(undefined);
    for (const language of AGENT_LANGUAGES) {
      for (const style of ANSWER_STYLES) {
        assert.deepEqual(unsetPromptVariables([systemPrompt(style, [], language), firstMessage(style, language)], values), []);
      }
    }
  });

  const names: [unknown, string][] = [
    [{ display_name: "Dr. Ana Ruiz" }, "Dr. Ana Ruiz"],
    [{ display_name: "  Dr. Lee " }, "Dr. Lee"],
    [{ display_name: "ana@clinic.example" }, DOCTOR_NAME_FALLBACK],
    [{ display_name: "" }, DOCTOR_NAME_FALLBACK],
    [{}, DOCTOR_NAME_FALLBACK],
    [undefined, DOCTOR_NAME_FALLBACK],
  ];
  for (const [doctor, expected] of names) {
    it(`uses ${JSON.stringify(expected)} for the doctor ${JSON.stringify(doctor)}`, () => {
      assert.deepEqual(agentVariableValues(doctor as never), { doctor_name: expected });
    });
  }
});
