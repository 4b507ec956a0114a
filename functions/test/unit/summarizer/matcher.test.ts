// The pattern index (first word, contraction, possessive, drug-name suffix) and the check for the
// words a match must hold are only shortcuts: they must find exactly what trying every pattern at
// every word start finds.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type { CompactConversation } from "../../../scripts/corpus";
import { getPack, supportedLanguages } from "../../../src/domain/summarizer/languages";
import { PatternSet, leadingPrefixes, requiredLiterals } from "../../../src/domain/summarizer/matcher";
import { tokenize, wordKey } from "../../../src/domain/summarizer/text";
import { analyzeText } from "../../../src/domain/summarizer/transcript";

/** Words the index treats specially, in sentences of our own. */
/** Agent lines for the pattern sets the first tuning calls of a language may not exercise. */
const RARE_CALL_WORDS: Record<string, readonly string[]> = {
  en: ["This is the COPD nurse line, for your emphysema."],
  es: ["Le llamo del programa de EPOC."],
  fr: ["Ici le suivi BPCO."],
  pt: ["Aqui é o acompanhamento da DPOC."],
  de: ["Hier ist die COPD-Sprechstunde."],
};

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

  it("every pattern set of every pack finds what brute force finds, on agent and patient turns", function () {
    this.timeout(60_000);
    const dir = path.join(__dirname, "..", "..", "fixtures", "conversations", "tuning");
    const conversations = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CompactConversation);
    for (const code of supportedLanguages()) {
      const pack = getPack(code);
      // every PatternSet the pack holds, whatever stage it serves
      const sets: Array<{ name: string; set: PatternSet<unknown> }> = [];
      for (const [stage, value] of Object.entries(pack)) {
        if (!value || typeof value !== "object") continue;
        for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
          if (member instanceof PatternSet) sets.push({ name: `${stage}.${name}`, set: member as PatternSet<unknown> });
        }
      }
      assert.ok(sets.length >= 6, `${code}: pattern sets found: ${sets.map((s) => s.name).join(", ")}`);
      // plus agent lines naming what is rare in the first calls (COPD changes the oxygen limit)
      const turns = [...conversations.filter((c) => c.language === code).slice(0, 12).flatMap((c) => c.turns), ...(RARE_CALL_WORDS[code] ?? []).map((text) => ({ role: "agent", text }))];
      for (const { name, set } of sets) {
        // the same sources, tagged by index; scanned patterns (no literal start) find non-overlapping matches, so they are left out
        const indexedSources = set.sources.map((source, index) => ({ source, index })).filter(({ source }) => leadingPrefixes(source) !== null);
        const probe = new PatternSet(indexedSources.map(({ source, index }) => ({ source, tag: index })));
        let matches = 0;
        for (const turn of turns) {
          const text = analyzeText(turn.text, turn.role === "user" ? "patient" : "agent");
          // a word with a clitic "'s" ("wie's" is "wie es") starts only patterns that allow a possessive: the rule tests above cover those
          const starts = text.tokens.filter((t) => !t.text.endsWith("'s")).map((t) => t.start);
          const plain = new Set(starts);
          for (const subject of [text.matchable, text.folded]) {
            const indexed = [...new Set(probe.matches(subject, text.tokens).filter((m) => plain.has(m.start)).map((m) => `${m.tag}@${m.start}-${m.end}`))].sort();
            const expected = bruteForce(indexedSources.map(({ source }) => source), subject, starts)
              .map((key) => `${indexedSources[Number(key.split("@")[0])]?.index}@${key.split("@")[1]}`).sort();
            assert.deepEqual(indexed, [...new Set(expected)], `${code} ${name}: "${turn.text}"`);
            matches += expected.length;
          }
        }
        if (turns.length > 0) assert.ok(matches > 0, `${code} ${name}: the turns should exercise the set`);
      }
    }
  });

  it("indexes a pattern that opens with a number by the digits, not by scanning", () => {
    const pack = getPack("en");
    const source = pack.rules.pattern("(# | two | three) ~2 (kilos | pounds)", "t");
    assert.deepEqual(leadingPrefixes(source)?.filter((p) => /^\d$/.test(p)), ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    const set = new PatternSet([{ source, tag: "gain" }]);
    const text = analyzeText("I put on 3 kilos, then two more pounds, and my code is ab4 kilos", "patient");
    assert.deepEqual(set.matches(text.matchable, text.tokens).map((m) => text.matchable.slice(m.start, m.end)), ["3 kilos", "two more pounds"]);
  });

  it("finds the words a match must hold after its first word", () => {
    const pack = getPack("en");
    assert.deepEqual(requiredLiterals(pack.rules.pattern("(feel*|been) ~2 (confused|muddled)", "t")), [["confused", "muddled"]]);
    assert.deepEqual(requiredLiterals(pack.rules.pattern("chest [really] pain", "t")), [["pain"]]);
    assert.deepEqual(requiredLiterals(pack.rules.pattern("can't breathe", "t")), [["breathe"]]);
    // an optional word, a stem and a top-level choice of whole phrases require nothing to be looked for
    assert.deepEqual(requiredLiterals(pack.rules.pattern("short [of breath]", "t")), []);
    assert.deepEqual(requiredLiterals("(?:chest\\s+pain)|(?:short\\s+of\\s+breath)"), []);
    // a sentence-start cue written as a regex
    assert.deepEqual(requiredLiterals("(?<![a-z0-9'])(?:i\\s+(?:understand|hear)\\s+you)"), [["understand", "hear"], ["you"]]);
  });

  it("looks for the longest word of each alternative when one starts with a single letter", () => {
    const pack = getPack("en");
    // "a" is in almost every text: "a lot worse" is looked for by "worse"
    assert.deepEqual(requiredLiterals(pack.rules.pattern("it ~3 (worse | a lot worse | much worse)", "t")), [["worse"]]);
    assert.deepEqual(requiredLiterals(pack.rules.pattern("(pain|it) ~3 (getting worse | a bit better | off the charts)", "t")), [["getting", "better", "charts"]]);
    // an alternative with no word of two letters leaves the group unchecked, as before
    assert.deepEqual(requiredLiterals(pack.rules.pattern("it ~3 (worse | a)", "t")), []);
    // a stem's letters are a word its matches hold; an optional word is not
    assert.deepEqual(requiredLiterals(pack.rules.pattern("it ~3 (a stagger* | i [really] fell)", "t")), [["stagger", "fell"]]);
    const set = new PatternSet([{ source: pack.rules.pattern("it ~3 (worse | a lot worse)", "t"), tag: "worse" }]);
    const found = (raw: string): string[] => {
      const text = analyzeText(raw, "patient");
      return set.matches(text.matchable, text.tokens).map((m) => text.matchable.slice(m.start, m.end));
    };
    assert.deepEqual(found("it got a lot worse"), ["it got a lot worse"]);
    assert.deepEqual(found("it is a lot better"), []);
  });

  it("finds every first word of a large set, however their keys share slots of the word table", () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
    const set = new PatternSet(words.map((word, index) => ({ source: `(?<![a-z0-9'])${word}(?![a-z0-9])`, tag: index })));
    // every pattern word, its possessive, and words that start no pattern (a prefix, an extension, a stranger)
    const text = analyzeText(`${words.join(" ")} ${words[7]}'s w1 w1xy zzz`, "patient");
    const found = set.matches(text.matchable, text.tokens).map((m) => m.tag);
    assert.deepEqual(found, [...words.keys(), 7]);
  });

  it("keys each token by its word, as the word table does", () => {
    for (const token of tokenize("i can't say it's my wife's pills, 120 over 80")) assert.equal(token.key, wordKey(token.text), token.text);
    assert.equal(wordKey("xwife'sx", 1, 5), wordKey("wife"));
  });

  it("tries a pattern only where a word of each required list follows, in long lists too", () => {
    const pack = getPack("en");
    const source = pack.rules.pattern("(feel*|been) ~2 (confused|muddled|disoriented|foggy|befuddled|dazed)", "t");
    assert.equal(requiredLiterals(source)[0]?.length, 6);
    const set = new PatternSet([{ source, tag: "confusion" }]);
    const found = (raw: string): string[] => {
      const text = analyzeText(raw, "patient");
      return set.matches(text.matchable, text.tokens).map((m) => text.matchable.slice(m.start, m.end));
    };
    assert.deepEqual(found("I have been really dazed today"), ["been really dazed"]);
    // the required word said only before the first word: nothing to find
    assert.deepEqual(found("dazed, that is how I have been"), []);
    assert.deepEqual(found("foggy and dazed, I have been feeling so befuddled"), ["been feeling so befuddled", "feeling so befuddled"]);
  });

  it("indexes contractions, possessive words and drug-name suffixes as whole words", () => {
    const pack = getPack("en");
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("can't breathe", "t")), ["can't", "cant"]);
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("*sartan", "t")), ["sartan"]);
    assert.deepEqual(leadingPrefixes(pack.rules.pattern("wife", "t")), ["wife"]);
  });
});
