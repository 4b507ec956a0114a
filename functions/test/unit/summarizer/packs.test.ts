// Every language pack: each concept rule finds its own examples and none of its counter-examples,
// each idiom blanks its examples, word boundaries hold, and nothing can backtrack badly.
import assert from "node:assert/strict";
import { ruleFinds, idiomFinds } from "../../../src/domain/summarizer/attention";
import { getPack, supportedLanguages } from "../../../src/domain/summarizer/languages";
import { leadingPrefixes } from "../../../src/domain/summarizer/matcher";
import { summarize, exchange } from "./helpers";

/**
 * Words that must never be found inside longer words, per pack: the longer word would otherwise
 * raise a false alarm ("number" inside "numbness" is saddle numbness; "fit" inside "fitness" a
 * seizure; German "weh" inside "Wehen" would be labour pain read as pain).
 */
const BOUNDARY_CASES: Record<string, ReadonlyArray<{ term: string; inside: string; sentence: string }>> = {
  en: [
    { term: "numb", inside: "numbness", sentence: "I wrote my phone number on the form" },
    { term: "fit", inside: "fitness", sentence: "my fitness watch says I slept badly" },
    { term: "hypo", inside: "hypothesis", sentence: "my grandson has a hypothesis about the weather" },
    { term: "rash", inside: "rashly", sentence: "I rashly agreed to babysit this weekend" },
  ],
  es: [
    { term: "hipo", inside: "hipoteca", sentence: "estoy pagando la hipoteca de la casa" },
    { term: "pecho", inside: "pechuga", sentence: "comí pechuga a la plancha" },
  ],
  fr: [
    { term: "mal", inside: "malin", sentence: "mon petit-fils est très malin" },
    { term: "hypo", inside: "hypothèque", sentence: "je rembourse l'hypothèque de la maison" },
  ],
  pt: [
    { term: "dor", inside: "doutor", sentence: "o doutor foi muito simpático comigo" },
    { term: "hipo", inside: "hipoteca", sentence: "estou pagando a hipoteca do apartamento" },
  ],
  de: [
    { term: "weh", inside: "wehen", sentence: "meine Tochter hatte gestern schon Wehen" },
    { term: "hypo", inside: "hypothek", sentence: "wir zahlen noch die Hypothek ab" },
  ],
};

describe("summarizer: language packs", function () {
  this.timeout(30_000);

  for (const code of supportedLanguages()) {
    const pack = getPack(code);
    const { rules, idioms } = pack.lexicon;

    describe(`${code} pack`, () => {
      it("gives every rule a unique id in this language, a concept, sequences and examples both ways", () => {
        const ids = [...rules.map((r) => r.id), ...idioms.map((i) => i.id)];
        assert.equal(new Set(ids).size, ids.length, "duplicate id");
        for (const rule of rules) {
          assert.ok(rule.id.startsWith(`${code}.`), rule.id);
          assert.ok(rule.concept && rule.when.length > 0, rule.id);
          assert.ok(rule.examples.match.length > 0 && rule.examples.noMatch.length > 0, `${rule.id} needs examples both ways`);
        }
      });

      for (const rule of rules) {
        it(`${rule.id} finds its examples and not its counter-examples`, () => {
          for (const text of rule.examples.match) assert.ok(ruleFinds(pack, rule.id, text), `${rule.id} should find: ${text}`);
          for (const text of rule.examples.noMatch) assert.ok(!ruleFinds(pack, rule.id, text), `${rule.id} should not find: ${text}`);
        });
      }

      for (const idiom of idioms) {
        it(`${idiom.id} blanks its examples only`, () => {
          for (const text of idiom.examples.match) assert.ok(idiomFinds(pack, idiom.id, text), `${idiom.id} should blank: ${text}`);
          for (const text of idiom.examples.noMatch) assert.ok(!idiomFinds(pack, idiom.id, text), `${idiom.id} should not blank: ${text}`);
        });
      }

      it("enforces word boundaries: a word is never found inside a longer word", () => {
        for (const { term, inside, sentence } of BOUNDARY_CASES[code] ?? []) {
          const regex = new RegExp(pack.rules.pattern(term, "boundary test"));
          assert.ok(regex.test(term), `${term} must match itself`);
          assert.ok(!regex.test(inside), `${term} must not match inside ${inside}`);
          const s = summarize(exchange(sentence, "Thank you.", code));
          assert.deepEqual([...s.requires_attention, ...s.for_review], [], `${sentence} raised an item`);
        }
        // and for every single word of every term class
        for (const [name, entries] of Object.entries(pack.lexicon.terms)) {
          for (const entry of entries) {
            if (!/^[\p{L}']+$/u.test(entry)) continue;
            const regex = new RegExp(pack.rules.pattern(entry, `@${name}`));
            assert.ok(!regex.test(`zz${entry.toLowerCase()}`) && !regex.test(`${entry.toLowerCase()}zz`), `@${name} "${entry}" crosses a word boundary`);
          }
        }
      });

      it("indexes most sequences by the words they start with (fast matching)", () => {
        const sources = rules.flatMap((r) => r.when.map((w) => pack.rules.pattern(w, r.id)));
        const indexed = sources.filter((s) => leadingPrefixes(s) !== null).length;
        assert.ok(indexed / sources.length > 0.9, `${code}: only ${indexed}/${sources.length} indexed`);
      });

      it("has no sequence that backtracks catastrophically on long adversarial input", () => {
        const adversarial = ["my chest ".repeat(400), "no no no no ".repeat(300), "a".repeat(5000), "pain pain in in the the ".repeat(200), "la la de de el el ".repeat(200)];
        for (const rule of rules) {
          for (const source of rule.when) {
            const regex = new RegExp(pack.rules.pattern(source, rule.id), "g");
            for (const text of adversarial) {
              const start = process.hrtime.bigint();
              regex.lastIndex = 0;
              while (regex.exec(text) !== null) if (regex.lastIndex === 0) break;
              const ms = Number(process.hrtime.bigint() - start) / 1e6;
              assert.ok(ms < 250, `${rule.id} took ${ms.toFixed(0)} ms on adversarial input`);
            }
          }
        }
      });
    });
  }
});
