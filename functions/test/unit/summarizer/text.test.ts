import assert from "node:assert/strict";
import { endsWithQuestionMark, isSpaceCode } from "../../../src/domain/summarizer/text";

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
});
