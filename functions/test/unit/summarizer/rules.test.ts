// The rule compiler: the rule language of the packs becomes regular expressions whose word
// boundaries the authors cannot forget, and bad rules fail loudly when the pack compiles.
import assert from "node:assert/strict";
import { blank, listEntries, RuleCompiler, RuleSyntaxError } from "../../../src/domain/summarizer/rules";

const compiler = new RuleCompiler({
  code: "test",
  gapBlockers: ["not", "no", "but"],
  terms: {
    CHEST: ["chest", "breast bone"],
    PAIN: ["pain", "ache*", "hurt*"],
    BODY: ["@CHEST", "arm"],
    DRUG_SHAPE: ["*sartan", "*pril"],
    EMPTY: [],
  },
});

function finds(rule: string, text: string): boolean {
  return new RegExp(compiler.pattern(rule, "test")).test(text);
}

describe("summarizer: rule compiler", () => {
  it("matches whole words only", () => {
    assert.ok(finds("number", "my phone number"));
    assert.ok(!finds("number", "numbness in my leg"));
    assert.ok(!finds("fit", "my fitness tracker"));
    assert.ok(!finds("fit", "it was a misfit"));
    assert.ok(finds("fit", "I had a fit"));
    // a contraction is not the word it starts with; a possessive is
    assert.ok(!finds("can", "I can't"));
    assert.ok(finds("chest", "my chest's tight"));
  });

  it("stems only where asked, and reads suffixes for unknown drug names", () => {
    assert.ok(finds("ache*", "my back aches"));
    assert.ok(!finds("ache", "my back aches"));
    assert.ok(finds("@DRUG_SHAPE", "I stopped the losartan"));
    assert.ok(finds("@DRUG_SHAPE", "the ramipril ran out"));
    assert.ok(!finds("@DRUG_SHAPE", "pril"));
  });

  it("makes apostrophes optional and folds accents, so packs write words as people spell them", () => {
    assert.ok(finds("can't breathe", "i cant breathe"));
    assert.ok(finds("fièvre", "j ai de la fievre"));
    assert.ok(finds("Übelkeit", "starke ubelkeit"));
  });

  it("expands term classes, nested ones too", () => {
    assert.ok(finds("@PAIN ~3 @CHEST", "pain across my chest"));
    assert.ok(finds("@BODY hurts", "breast bone hurts"));
    assert.ok(finds("@BODY hurts", "arm hurts"));
  });

  it("bounds gaps and never lets them cross a negation, a 'but' or a sentence end", () => {
    assert.ok(finds("chest ~3 pain", "chest has a dull pain"));
    assert.ok(!finds("chest ~2 pain", "chest has a very dull pain"));
    assert.ok(!finds("chest ~3 pain", "chest is not in pain"));
    assert.ok(!finds("chest ~3 pain", "chest fine but pain"));
    assert.ok(!finds("chest ~3 pain", "chest. pain"));
  });

  it("supports alternatives, optional words, any-word, numbers and negative lookahead", () => {
    assert.ok(finds("(ran|run) out [of] (them|it)", "ran out them"));
    assert.ok(finds("(ran|run) out [of] (them|it)", "run out of it"));
    assert.ok(finds("(the|my)? doctor", "doctor"));
    assert.ok(finds("my * is sore", "my knee is sore"));
    assert.ok(finds("# over #", "it was 182 over 110"));
    assert.ok(finds("hypo !(kit|plan)", "I had a hypo"));
    assert.ok(!finds("hypo !(kit|plan)", "my hypo kit"));
    assert.ok(finds("self-harm", "self harm"));
  });

  it("refuses rules it cannot compile, naming the rule", () => {
    // "" and "  ": a stray comma in a pack list would otherwise match everywhere with an empty span
    const bad = ["@UNKNOWN", "@EMPTY", "(chest", "chest)", "~2 pain", "~9 pain", "ch*est", "**", "!", "[", "chest | ", "?x", "pain %", "", "  "];
    for (const rule of bad) {
      assert.throws(() => compiler.pattern(rule, "rule.x"), (error: unknown) => error instanceof RuleSyntaxError && error.message.includes("rule.x"), rule);
    }
  });

  it("refuses a pack list with a hole or a blank entry (a stray comma), naming the list", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holed = ["a", , "b"] as unknown as string[];
    assert.throws(() => listEntries(holed, "context.selfContactCues"), /context\.selfContactCues: entry 1 is empty/);
    assert.throws(() => listEntries(["a", " "], "replies.deflection"), /replies\.deflection: entry 1 is empty/);
    assert.deepEqual(listEntries(["a", "b"], "x"), ["a", "b"]);
  });

  it("blanks spans without moving offsets", () => {
    assert.equal(blank("my phone number is", [{ start: 3, end: 15 }]), "my              is");
    assert.equal(blank("abc", []), "abc");
  });
});
