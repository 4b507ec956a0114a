// The pattern index (first word, contraction, possessive, drug-name suffix) is only a shortcut:
// it must find exactly what trying every pattern at every word start finds.
import assert from "node:assert/strict";
import { getPack, supportedLanguages } from "../../../src/domain/summarizer/languages";
import { PatternSet, leadingPrefixes } from "../../../src/domain/summarizer/matcher";
import { analyzeText } from "../../../src/domain/summarizer/transcript";

/** Words the index treats specially, in sentences of our own. */
const EXTRA_TEXTS: Record<string, readonly string[]> = {
  en: [
    "I can't breathe properly and I cant sleep",
    "I took my wife's tablets by mistake this morning",
    "the metoprolol's gone and I ran out of lisinopril on Sunday",
    "I haven't had my apixaban since Friday, hasnt been refilled",
    "Candesartan made me dizzy, atorvastatin too",
  ],
  es: ["me quedé sin enalapril y el losartán se acabó", "no puedo respirar bien desde ayer"],
  fr: ["j'ai arrêté le ramipril et je n'ai plus de bisoprolol", "je ne peux pas respirer"],
  pt: ["fiquei sem losartana e parei o atenolol", "não consigo respirar direito"],
  de: ["ich hab's abgesetzt, das Ramipril und das Bisoprolol sind alle", "ich kann nicht richtig atmen"],
};

function bruteForce(sources: readonly string[], text: string, starts: readonly number[]): string[] {
  const found: string[] = [];
  sources.forEach((source, index) => {
    const regex = new RegExp(source, "y");
    for (const at of starts) {
      regex.lastIndex = at;
      if (regex.test(text)) found.push(`${index}@${at}-${regex.lastIndex}`);
    }
  });
  return found.sort();
}

describe("summarizer: pattern index", () => {
  for (const code of supportedLanguages()) {
    const pack = getPack(code);
    const sources = pack.lexicon.rules.flatMap((rule) => rule.when.map((w) => pack.rules.pattern(w, rule.id)));
    const set = new PatternSet(sources.map((source, index) => ({ source, tag: index })));
    const texts = [
      ...pack.lexicon.rules.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch]),
      ...(EXTRA_TEXTS[code] ?? []),
    ];

    it(`${code}: finds exactly what every pattern tried at every word start finds`, () => {
      let matches = 0;
      for (const raw of texts) {
        const text = analyzeText(raw, "patient");
        const indexed = [...new Set(set.matches(text.matchable, text.tokens).map((m) => `${m.tag}@${m.start}-${m.end}`))].sort();
        const expected = [...new Set(bruteForce(sources, text.matchable, text.tokens.map((t) => t.start)))];
        assert.deepEqual(indexed, expected, `${code}: "${raw}"`);
        matches += expected.length;
      }
      assert.ok(matches > texts.length / 2, `${code}: the texts should exercise the patterns (${matches} matches)`);
    });
  }

  it("indexes contractions, possessive words and drug-name suffixes as whole words", () => {
    const pack = getPack("en");
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("can't breathe", "t")), ["can't", "cant"]);
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("*sartan", "t")), ["sartan"]);
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("wife", "t")), ["wife"]);
  });
});
