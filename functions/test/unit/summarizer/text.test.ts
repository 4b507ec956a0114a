import assert from "node:assert/strict";
import { endsWithQuestionMark, fold, isSpaceCode, stem } from "../../../src/domain/summarizer/text";
import { withElisionsSplit } from "../../../src/domain/summarizer/transcript";

describe("summarizer: text helpers", () => {
  it("isSpaceCode agrees with the regex class \\s on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `code ${code.toString(16)}`);
    }
  });

  it("endsWithQuestionMark agrees with the regexes it replaces", () => {
    const samples = ["", "?", "ok?", "ok? ", "ok?\")", "ok?]", "ok?] x", "is it?\u00a0", "no", "why?!", "what? really", "(right?)", "\"?\"", "a ?\n"];
    for (const text of samples) {
      assert.equal(endsWithQuestionMark(text), /\?[\s"')\]]*$/.test(text), JSON.stringify(text));
      assert.equal(endsWithQuestionMark(text, "\"')"), /\?["')\s]*$/.test(text), JSON.stringify(text));
    }
  });

  it("withElisionsSplit splits exactly what the elision regex finds, English contractions left alone", () => {
    const elision = /(?<![a-z0-9'])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=[a-z])/g;
    const samples = [
      "l'infirmière m'a dit qu'il faut", "j'ai mal, jusqu'à demain", "lorsqu'il tousse, puisqu'elle", "'l'eau", "''l'eau", "d'accord",
      "I don't know, it's fine, can't say", "let's see what's up", "x'l'a", "3'd", "the 'quote' is", "l' ", "c'", "qu'", "aqu'il", "'", "",
    ];
    for (const raw of samples) {
      const folded = fold(raw);
      assert.equal(withElisionsSplit(folded), folded.replace(elision, (whole) => `${whole.slice(0, -1)} `), JSON.stringify(raw));
    }
  });

  it("stem undoes a consonant doubled before -ing/-ed ('running' and 'runs', 'stopped' and 'stop'), not a double s or l", () => {
    assert.equal(stem("running"), stem("runs"));
    assert.equal(stem("stopped"), stem("stop"));
    assert.equal(stem("swimming"), stem("swim"));
    assert.equal(stem("pressed"), "press");
    assert.equal(stem("filling"), "fill");
  });
});
