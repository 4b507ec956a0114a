import assert from "node:assert/strict";
import { endsWithQuestionMark, fold, isSpaceCode, splitSentences, stem, tokenize, wordCount, wordKey } from "../../../src/domain/summarizer/text";
import { toMatchable, withElisionsSplit, withoutAbbreviationDots } from "../../../src/domain/summarizer/transcript";

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
    const elision = /(?<![a-z0-9'])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|aujourd)'(?=[a-z])/g;
    const samples = [
      "l'infirmière m'a dit qu'il faut", "j'ai mal, jusqu'à demain", "lorsqu'il tousse, puisqu'elle", "'l'eau", "''l'eau", "d'accord",
      "appelez aujourd'hui", "aujourd'hui", "xaujourd'hui", "d'aujourd'hui", "Aujourd'hui c'est",
      "I don't know, it's fine, can't say", "let's see what's up", "x'l'a", "3'd", "the 'quote' is", "l' ", "c'", "qu'", "aqu'il", "'", "",
    ];
    for (const raw of samples) {
      const folded = fold(raw);
      assert.equal(withElisionsSplit(folded), folded.replace(elision, (whole) => `${whole.slice(0, -1)} `), JSON.stringify(raw));
    }
  });

  it("reads a word-final apostrophe (a dropped 'g') as a space, keeping contractions, quotes and the text's length", () => {
    for (const [folded, expected] of [
      ["been usin' it every hour", "been usin  it every hour"],
      ["i'm takin' them, can't stop", "i'm takin  them  can't stop"],
      ["the kids' bikes", "the kids  bikes"],
      ["she said 'fine'", "she said 'fine "],
    ] as const) {
      assert.equal(toMatchable(folded), expected);
      assert.equal(toMatchable(folded).length, folded.length);
    }
  });

  it("reads 'aujourd'hui' as the French pack writes it, so a referral for today is urgent", () => {
    assert.equal(withElisionsSplit(fold("Appelez le cabinet aujourd'hui.")), "appelez le cabinet aujourd hui.");
  });

  it("stem undoes a consonant doubled before -ing/-ed ('running' and 'runs', 'stopped' and 'stop'), not a double s or l", () => {
    assert.equal(stem("running"), stem("runs"));
    assert.equal(stem("stopped"), stem("stop"));
    assert.equal(stem("swimming"), stem("swim"));
    assert.equal(stem("pressed"), "press");
    assert.equal(stem("filling"), "fill");
  });

  it("withoutAbbreviationDots blanks exactly the dots the abbreviation regex finds", () => {
    const abbreviation = /\b(?:dr|dra|mr|mrs|ms|st|sr|sra|vs)\./g;
    const samples = [
      "dr. lee and mrs. roth", "la dra. gomez", "st. mary's", "vs.", "ms.", "mr.smith", "dr.dr. who", "adr. x", "mrs.. ok", "the sra.",
      "sr.", "_dr. x", "\u00f1dr. x", "2dr. x", "dr .", "st", "end.", ".", "", "dra.mrs.", "i'm mr. t. ok", "zmr. x", "DR. x",
    ];
    for (const text of samples) assert.equal(withoutAbbreviationDots(text), text.replace(abbreviation, (whole) => `${whole.slice(0, -1)} `), JSON.stringify(text));
  });

  it("tokenize reads the words a regex reads, each keyed by wordKey", () => {
    const word = /[a-z0-9\u00f1]+(?:'[a-z]+)*/g;
    const samples = ["i can't breathe", "it's 38.6 now!", "don't'll x", "rock'n'roll", "a'", "'tis", "ni\u00f1o's 2nd", "x''y", "", "  end's", "o'9"];
    for (const text of samples) {
      const tokens = tokenize(text);
      assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [...text.matchAll(word)].map((m) => [m[0], m.index, m.index + m[0].length]), JSON.stringify(text));
      for (const token of tokens) assert.equal(token.key, wordKey(token.text), `${JSON.stringify(text)}: ${token.text}`);
    }
  });

  it("wordCount counts the words a regex reads, in a span as if it were cut out", () => {
    const word = /[a-z0-9\u00f1]+(?:'[a-z]+)*/g;
    const samples = ["i can't breathe", "it's 38.6 now!", "don't'll x", "rock'n'roll", "a'", "'tis", "ni\u00f1o's 2nd", "x''y", "", "  end's", "o'9", "it's9 ok"];
    for (const text of samples) {
      assert.equal(wordCount(text), text.match(word)?.length ?? 0, JSON.stringify(text));
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length + 1; end++) {
          assert.equal(wordCount(text, { start, end }), text.slice(start, end).match(word)?.length ?? 0, `${JSON.stringify(text)} ${start}-${end}`);
        }
      }
    }
  });

  it("splitSentences ends a sentence at a full stop, except after an abbreviation or 'No.' before a number", () => {
    const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences("i saw dr. lee. then approx. two hours later it stopped."), ["i saw dr. lee.", "then approx. two hours later it stopped."]);
    assert.deepEqual(sentences("room no. 5 please. no. not today"), ["room no. 5 please.", "no.", "not today"]);
    // a word longer than any abbreviation ends the sentence, one ending like one too ("lipstick.")
    assert.deepEqual(sentences("approxx. lipstick. st. mary's."), ["approxx.", "lipstick.", "st. mary's."]);
  });
});
