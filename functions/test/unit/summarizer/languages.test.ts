// Language packs and language detection: five packs, and every other language marked unsupported
// with each substantive patient turn sent to for_review (never summarized to empty lists).
import assert from "node:assert/strict";
import { supportedLanguages } from "../../../src/domain/summarizer";
import { decideLanguage, detectLanguage, getPack, normalizeLanguageCode } from "../../../src/domain/summarizer/languages";
import { conversation, summarize, type Line } from "./helpers";

const SPANISH: Line[] = [
  ["agent", "Hola Rosa, ¿en qué le puedo ayudar?"],
  ["user", "Mire, ¿la pastilla me la tomo antes o después de comer?"],
  ["agent", "Según su hoja, se toma con la comida o justo después."],
];

/** Short calls in each supported language, written for this test. */
const CALLS: Record<string, Line[]> = {
  en: [["agent", "Hi, what would you like to go over today?"], ["user", "I was wondering when I can take the bandage off my knee."], ["agent", "The dressing usually stays on for about a week."]],
  es: SPANISH,
  fr: [["agent", "Bonjour, de quoi voulez-vous parler aujourd'hui ?"], ["user", "Je voulais savoir si je peux prendre une douche avec le pansement."], ["agent", "Oui, vous pouvez vous doucher avec le pansement étanche."]],
  pt: [["agent", "Olá, em que posso ajudar hoje?"], ["user", "Eu queria saber se já posso tomar banho com o curativo."], ["agent", "Pode sim, o curativo é à prova de água."]],
  de: [["agent", "Guten Tag, worüber möchten Sie heute sprechen?"], ["user", "Ich wollte fragen, ob ich mit dem Pflaster schon duschen darf."], ["agent", "Ja, mit dem wasserdichten Pflaster dürfen Sie duschen."]],
};

const ITALIAN: Line[] = [
  ["agent", "Buongiorno Marco, di cosa vuole parlare oggi?"],
  ["user", "Buongiorno. Da ieri sera ho un dolore forte al petto che va verso il braccio sinistro."],
  ["agent", "Mi dispiace, chiami subito il 112."],
  ["user", "Grazie."],
  ["user", "E posso prendere la mia pastiglia della pressione stasera come sempre?"],
];

describe("summarizer: languages", () => {
  it("registers the English, Spanish, French, Portuguese and German packs", () => {
    assert.deepEqual(supportedLanguages().sort(), ["de", "en", "es", "fr", "pt"]);
    for (const code of supportedLanguages()) assert.equal(getPack(code).lexicon.code, code);
  });

  it("normalizes regional codes and keeps unknown ones out of the packs", () => {
    assert.equal(normalizeLanguageCode("es-MX"), "es");
    assert.equal(normalizeLanguageCode("pt_BR"), "pt");
    assert.equal(normalizeLanguageCode("it"), null);
    assert.equal(summarize(conversation(SPANISH, "es-419")).language, "es");
  });

  it("detects each supported language from the text when metadata does not say", () => {
    for (const [code, lines] of Object.entries(CALLS)) {
      const s = summarize(conversation(lines, null));
      assert.equal(s.language, code);
      assert.equal(s.language_unsupported, false);
    }
    assert.equal(detectLanguage(["Can I take it with food, or is it better on an empty stomach?"]), "en");
    // A Spanish greeting inside an English turn does not outvote the English around it.
    assert.equal(detectLanguage(["¿Qué tal? My chest hurts since I woke up."]), "en");
  });

  it("trusts the text over an agent left on the wrong language", () => {
    assert.equal(summarize(conversation(CALLS.fr ?? [], "en")).language, "fr");
    assert.equal(summarize(conversation(CALLS.de ?? [], "en")).language, "de");
  });

  it("marks a conversation in another language unsupported and sends every substantive turn to for_review", () => {
    for (const declared of ["it", null]) {
      const s = summarize(conversation(ITALIAN, declared));
      assert.equal(s.language_unsupported, true);
      assert.equal(s.language, "it");
      assert.deepEqual(s.answered_questions, []);
      assert.deepEqual(s.requires_attention, []);
      // "Grazie." is one word: the two substantive turns are listed, each quoting the patient
      assert.deepEqual(s.for_review.map((r) => r.turn_index), [1, 4]);
      for (const item of s.for_review) {
        assert.equal(item.reason, "unsupported_language");
        assert.match(item.reason_detail, /language/);
        assert.equal(item.evidence, item.patient_text);
      }
    }
  });

  it("never leaves an unsupported conversation with an empty for_review when the patient spoke", () => {
    const s = summarize(conversation([["agent", "Dzień dobry, w czym mogę pomóc?"], ["user", "Dziękuję, dobrze."]], "pl"));
    assert.equal(s.language_unsupported, true);
    assert.equal(s.for_review.length, 1);
  });

  it("recognises non-Latin scripts as unsupported", () => {
    const decision = decideLanguage(["Здравствуйте, у меня болит грудь со вчерашнего вечера."], null);
    assert.deepEqual(decision, { language: "ru", supported: false });
  });

  it("keeps an unsupported configured language when the text is too short to tell", () => {
    assert.deepEqual(decideLanguage(["Sì."], "it"), { language: "it", supported: false });
    assert.deepEqual(decideLanguage(["Ok."], "hu"), { language: "hu", supported: false });
  });
});
