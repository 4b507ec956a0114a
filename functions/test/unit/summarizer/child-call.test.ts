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

  it("reads a call to a children's service as a call about a child, in every pack", () => {
    const cases: Array<[string, string, string]> = [
      ["en", "This is the pediatric diabetes line at the Children's Clinic. How can I help?", "My son has been vomiting since last night and can't keep anything down."],
      ["es", "Le atiende la línea de diabetes de pediatría. ¿En qué le ayudo?", "Mi hijo tiene convulsiones desde anoche."],
      ["fr", "Ici la ligne de pédiatrie. Comment puis-je vous aider ?", "Mon fils a de la fièvre à 39,5 depuis hier soir."],
      ["pt", "Aqui é a linha de pediatria. Em que posso ajudar?", "O meu filho está com febre de 39,5 desde ontem."],
      ["de", "Hier ist die Kinderklinik. Wie kann ich helfen?", "Mein Sohn hat seit gestern Abend Fieber, 39,5."],
    ];
    for (const [language, agent, parent] of cases) {
      const summary = summarize(conversation([["agent", agent], ["user", parent], ["agent", "Thank you."]], language));
      assert.deepEqual(turnsOf(summary.requires_attention), [1], `${language}: ${parent}`);
    }
  });

  it("reads someone who gave the child a second dose as the giver, not whose medicine it is", () => {
    const summary = summarize(conversation([
      ["agent", "This is the pediatric diabetes line. How can I help?"],
      ["user", "Last night I gave him his Lantus at eight, and then my husband didn't know and he gave it again at nine, so he got it twice."],
      ["agent", "Thank you for telling me."],
    ], "en"));
    assert.deepEqual(turnsOf(summary.requires_attention), [1]);
  });

  it("reads a call for a relative ('I'm ringing about me dad', 'soy su hija') as a call about them, in every pack", () => {
    // [language, the caller saying who they call for, a red flag of that person]
    const cases: Array<[string, string, string]> = [
      ["en", "Hi, it's Gary, I'm ringing about me dad, he's eighty-four.", "My dad has been coughing up blood since this morning."],
      ["en", "It's his mam, Bernadette. He's home with us now.", "He has been coughing up blood since this morning."],
      ["es", "Buenas, le llamo por mi mamá, tiene ochenta años.", "Mi mamá tiene fiebre de 39,5 desde anoche."],
      ["fr", "Bonjour, je vous appelle pour ma mère, elle a quatre-vingts ans.", "Ma mère a de la fièvre à 39,5 depuis hier soir."],
      ["pt", "Olá, estou ligando por causa da minha mãe, ela tem oitenta anos.", "A minha mãe está com febre de 39,5 desde ontem."],
      ["de", "Guten Tag, ich rufe wegen meiner Mutter an, sie ist achtzig.", "Meine Mutter hat seit gestern Abend Fieber, 39,5."],
    ];
    for (const [language, opening, report] of cases) {
      const summary = summarize(conversation([["agent", "Hello, how can I help?"], ["user", opening], ["agent", "Thank you."], ["user", report], ["agent", "Thank you for telling me."]], language));
      assert.deepEqual(turnsOf(summary.requires_attention), [3], `${language}: ${report}`);
    }
    // the patient's own call keeps a relative someone else
    const own = summarize(conversation([["agent", "Hello, how can I help?"], ["user", "Hi, it's about my knee."], ["agent", "Go on."], ["user", "My dad has been coughing up blood since this morning."], ["agent", "Thank you."]], "en"));
    assert.deepEqual(turnsOf(own.requires_attention), []);
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
