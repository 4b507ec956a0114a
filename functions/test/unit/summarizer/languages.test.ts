// Language packs: from metadata, detected, or the default.
import assert from "node:assert/strict";
import { supportedLanguages } from "../../../src/domain/summarizer";
import { detectLanguage, getPack, normalizeLanguageCode } from "../../../src/domain/summarizer/languages";
import { conversation, summarize } from "./helpers";

const SPANISH = [
  ["agent", "Hola Rosa, ¿en qué le puedo ayudar?"],
  ["user", "Mire, ¿la pastilla me la tomo antes o después de comer?"],
  ["agent", "Según su hoja, se toma con la comida o justo después."],
] as const;

describe("summarizer: languages", () => {
  it("registers English and Spanish packs", () => {
    assert.deepEqual(supportedLanguages().sort(), ["en", "es"]);
    assert.equal(getPack("es").lexicon.code, "es");
  });

  it("takes the language from metadata.main_language, including regional codes", () => {
    assert.equal(normalizeLanguageCode("es-MX"), "es");
    assert.equal(summarize(conversation(SPANISH, "es-419")).language, "es");
  });

  it("detects the language when metadata does not say", () => {
    assert.equal(summarize(conversation(SPANISH, null)).language, "es");
    assert.equal(detectLanguage(["Can I take it with food, or is it better on an empty stomach?"]), "en");
    // A Spanish greeting inside an English turn does not outvote the English around it.
    assert.equal(detectLanguage(["¿Qué tal? My chest hurts since I woke up."]), "en");
  });

  it("falls back to English for a language without a pack", () => {
    assert.equal(normalizeLanguageCode("fr"), null);
    assert.equal(getPack("fr").lexicon.code, "en");
  });
});
