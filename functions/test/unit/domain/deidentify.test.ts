import assert from "node:assert/strict";
import { DEIDENTIFY_PACKS, MAX_SHOWN_QUESTION_CHARS, dashboardQuestion, dashboardQuestions, scrubPersonalData } from "../../../src/domain/deidentify";

describe("domain/deidentify", () => {
  for (const pack of DEIDENTIFY_PACKS) {
    describe(`the ${pack.language} pack's examples`, () => {
      for (const example of pack.examples) {
        it(`shows "${example.said}" as ${example.shown === null ? "no question" : `"${example.shown}"`}`, () => {
          assert.equal(dashboardQuestion(example.said), example.shown);
        });
      }
    });
  }

  describe("scrubPersonalData", () => {
    const cases: [string, string][] = [
      ["write to jo.park+clinic@mail.example.org please", "write to [email] please"],
      ["see https://example.com/x?id=4 first", "see [link] first"],
      ["call (555) 123 4567 tonight", "call [phone] tonight"],
      ["on 03/04/2025 or 2025-04-03", "on [date] or [date]"],
      ["el 5 de mayo de 2024", "el [date]"],
      ["the 3rd of March", "[date]"],
      ["take 2.5 ml at 8", "take [number] ml at [number]"],
      ["ask Mr. John Smith", "ask [name]"],
      ["ask señora Gómez", "ask [name]"],
      ["can my son Liam Brown come", "can my son [name] come"],
    ];
    for (const [input, expected] of cases) {
      it(`turns "${input}" into "${expected}"`, () => assert.equal(scrubPersonalData(input), expected));
    }

    it("keeps a month alone, a weekday and an acronym", () => {
      assert.equal(scrubPersonalData("is it fine in May or on Friday after the MRI"), "is it fine in May or on Friday after the MRI");
    });

    it("leaves no digit in any output", () => {
      const noisy = "Can I call 0800 123 456, 555-0199 or +1 (212) 555-0100 on 1/2/24 about dose 12 of 30?";
      assert.doesNotMatch(dashboardQuestion(noisy) ?? "", /\d/);
    });
  });

  describe("dashboardQuestion", () => {
    it("keeps the question sentence and drops the sentences around it", () => {
      const shown = dashboardQuestion("I spoke to my cousin yesterday. Can I swim with the dressing on? She thinks so.");
      assert.equal(shown, "Can I swim with the dressing on?");
    });

    it("takes a question without a question mark when it opens like one", () => {
      assert.equal(dashboardQuestion("how long should the dressing stay dry"), "how long should the dressing stay dry");
    });

    it("does not split at a title's dot", () => {
      assert.equal(dashboardQuestion("Did Dr. Rivera approve the plan?"), "Did [name] approve the plan?");
    });

    it(`caps a long question at ${MAX_SHOWN_QUESTION_CHARS} characters`, () => {
      const shown = dashboardQuestion(`Can I ${"really ".repeat(60)}swim?`)!;
      assert.ok(shown.length <= MAX_SHOWN_QUESTION_CHARS + 1, String(shown.length));
      assert.ok(shown.endsWith("…"));
    });

    it("gives no question for placeholders alone", () => {
      assert.equal(dashboardQuestion("Zelda Quartermaine?"), null);
    });
  });

  describe("dashboardQuestions", () => {
    it("treats each question the summarizer joined with ' … ' as its own gap", () => {
      assert.deepEqual(dashboardQuestions("Can I swim? … When can I drive?"), ["Can I swim?", "When can I drive?"]);
    });
  });
});
