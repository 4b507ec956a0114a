// A parent speaking about their own child reports the patient's finding, not a third party's.
import assert from "node:assert/strict";
import { conversation, summarize, turnsOf } from "./helpers";

describe("summarizer: a call about the speaker's child", () => {
  it("counts the child's findings as the patient's when the agent asks after the child", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "How has your little one been feeding since the clinic?", "My son coughed up bright red blood after his physio this morning."],
      ["es", "¿Cómo ha estado su bebé desde la consulta?", "Mi hija tiene convulsiones desde anoche."],
      ["fr", "Comment va votre bébé depuis la consultation ?", "Mon fils a de la fièvre à 39,5 depuis hier soir."],
      ["pt", "Como está o seu bebê desde a consulta?", "Minha filha está com febre de 39,5 desde ontem."],
      ["de", "Wie geht es Ihrem Baby seit dem Termin?", "Mein Sohn hat seit gestern Abend Fieber, 39,5."],
    ];
    for (const [language, agent, parent] of cases) {
      const summary = summarize(conversation([["agent", agent], ["user", parent], ["agent", "Thank you."]], language));
      assert.deepEqual(turnsOf(summary.requires_attention), [1], `${language}: ${parent}`);
    }
  });

  it("still treats a partner or a neighbour as someone else in a call about a child", () => {
    const summary = summarize(conversation([
      ["agent", "How has your baby been sleeping?"],
      ["user", "She's fine. My husband has had a fever of 39 since Sunday."],
      ["agent", "Thank you."],
    ], "en"));
    assert.deepEqual(turnsOf(summary.requires_attention), []);
  });

  it("keeps a relative's finding someone else's when the call is about the adult patient", () => {
    const summary = summarize(conversation([
      ["agent", "How have you been since the operation?"],
      ["user", "I'm fine. My son has had a fever of 39 since Sunday."],
      ["agent", "Thank you."],
    ], "en"));
    assert.deepEqual(turnsOf(summary.requires_attention), []);
  });
});
