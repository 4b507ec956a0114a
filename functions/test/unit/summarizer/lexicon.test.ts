// The vocabularies are data: check they compile, stay indexable and cannot backtrack badly.
import assert from "node:assert/strict";
import { expandMacros } from "../../../src/domain/summarizer/compile";
import { getPack, supportedLanguages } from "../../../src/domain/summarizer/languages";
import { EN_LEXICON } from "../../../src/domain/summarizer/lexicon/en";
import { ES_LEXICON } from "../../../src/domain/summarizer/lexicon/es";
import { leadingPrefixes } from "../../../src/domain/summarizer/matcher";

const LEXICONS = [EN_LEXICON, ES_LEXICON];

describe("summarizer: lexicons", () => {
  it("compiles every pack", () => {
    for (const code of supportedLanguages()) assert.equal(getPack(code).lexicon.code, code);
  });

  it("gives every attention rule a unique id, a concept and at least one pattern", () => {
    for (const lexicon of LEXICONS) {
      const ids = lexicon.attention.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate rule id in ${lexicon.code}`);
      for (const rule of lexicon.attention) {
        assert.ok(rule.concept && rule.patterns.length > 0, rule.id);
        assert.ok(rule.id.startsWith(`${lexicon.code}.`), rule.id);
      }
    }
  });

  it("writes patterns in lower case without accents (matching runs on folded text)", () => {
    for (const lexicon of LEXICONS) {
      for (const rule of lexicon.attention) {
        for (const pattern of rule.patterns) {
          const literal = pattern.replace(/\\[a-zA-Z]/g, "").replace(/\{[A-Z0-9_]+\}/g, "");
          assert.ok(!/[A-Z\u00c0-\u017f]/.test(literal), `${rule.id}: ${pattern}`);
        }
      }
    }
  });

  it("indexes most attention patterns by their first word (fast matching)", () => {
    for (const lexicon of LEXICONS) {
      const patterns = lexicon.attention.flatMap((r) => r.patterns.map((p) => expandMacros(p, lexicon)));
      const indexed = patterns.filter((p) => leadingPrefixes(`(?:${p})`) !== null).length;
      assert.ok(indexed / patterns.length > 0.9, `${lexicon.code}: only ${indexed}/${patterns.length} indexed`);
    }
    assert.deepEqual(leadingPrefixes("(?:chest|pain)\\s+x"), ["chest", "pain"]);
    assert.deepEqual(leadingPrefixes("(?:me\\s+)?duele"), ["me", "duele"]);
    assert.equal(leadingPrefixes("[a-z]+\\s+x"), null);
  });

  it("has no pattern that backtracks catastrophically on long adversarial input", () => {
    const adversarial = [
      "my chest ".repeat(400),
      "no no no no ".repeat(300),
      "i i i i can can can ".repeat(200),
      "a".repeat(5000),
      "pain pain pain in in in the the ".repeat(200),
    ];
    for (const lexicon of LEXICONS) {
      for (const rule of lexicon.attention) {
        for (const pattern of rule.patterns) {
          const regex = new RegExp(expandMacros(pattern, lexicon), "g");
          for (const text of adversarial) {
            const start = process.hrtime.bigint();
            regex.lastIndex = 0;
            while (regex.exec(text) !== null) if (regex.lastIndex === 0) break;
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            assert.ok(ms < 250, `${rule.id} took ${ms.toFixed(0)} ms on adversarial input: ${pattern}`);
          }
        }
      }
    }
  });
});
