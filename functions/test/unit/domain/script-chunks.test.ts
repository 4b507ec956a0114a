import assert from "node:assert/strict";
import { splitScript, type ScriptChunk } from "../../../src/domain/script-chunks";

const squash = (text: string) => text.replace(/\s+/g, "");
const rejoined = (chunks: ScriptChunk[]) => chunks.map((c) => c.text).join(" ");

/** A deterministic script of varied sentences, paragraphs and punctuation. */
function longScript(targetChars: number): string {
  const sentences = [
    "Take your inhaler every morning, even when you feel well.",
    "If you notice chest tightness, sit down and use your reliever.",
    "Why does this matter?",
    "Because the preventer works slowly, over weeks!",
    "Rinse your mouth after each dose.",
    "Keep a spare inhaler at work \u2014 and check its expiry date.",
  ];
  let out = "";
  for (let i = 0; out.length < targetChars; i += 1) {
    out += sentences[i % sentences.length]!;
    out += i % 7 === 6 ? "\n\n" : " ";
  }
  return out.trim();
}

describe("domain/script-chunks splitScript", () => {
  it("returns one chunk with no neighbours when the script fits", () => {
    const chunks = splitScript("Hello there. How are you?", 100);
    assert.deepEqual(chunks, [{ index: 0, text: "Hello there. How are you?", previousText: undefined, nextText: undefined }]);
  });

  it("returns no chunks for a blank script", () => {
    assert.deepEqual(splitScript("   \n  ", 100), []);
  });

  const limits = [20, 57, 100, 300, 2_500];
  for (const maxChars of limits) {
    it(`keeps every chunk within ${maxChars} characters and loses no text`, () => {
      const script = longScript(5_000);
      const chunks = splitScript(script, maxChars);
      for (const chunk of chunks) assert.ok(chunk.text.length <= maxChars, `chunk ${chunk.index} has ${chunk.text.length} chars`);
      assert.equal(squash(rejoined(chunks)), squash(script));
    });
  }

  it("splits between sentences when whole sentences fit", () => {
    const script = "One two three. Four five six! Seven eight nine? Ten eleven twelve.";
    const chunks = splitScript(script, 32);
    assert.deepEqual(
      chunks.map((c) => c.text),
      ["One two three. Four five six!", "Seven eight nine?", "Ten eleven twelve."],
    );
  });

  it("ends every chunk at a sentence end when every sentence fits", () => {
    const chunks = splitScript(longScript(10_000), 300);
    for (const chunk of chunks) assert.match(chunk.text, /[.!?]$/, chunk.text.slice(-40));
  });

  it("treats a line break as a sentence boundary", () => {
    const chunks = splitScript("A heading without a stop\nThen the first paragraph.", 30);
    assert.deepEqual(
      chunks.map((c) => c.text),
      ["A heading without a stop", "Then the first paragraph."],
    );
  });

  it("splits a single over-long sentence between words", () => {
    const sentence = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.";
    const chunks = splitScript(sentence, 20);
    assert.ok(chunks.length > 1);
    for (const chunk of chunks) {
      assert.ok(chunk.text.length <= 20);
      for (const word of chunk.text.split(" ")) assert.match(sentence, new RegExp(`\\b${word.replace(".", "\\.")}(\\s|$)`), word);
    }
    assert.equal(squash(rejoined(chunks)), squash(sentence));
  });

  it("gives each chunk the tail of the previous chunk and the head of the next", () => {
    const chunks = splitScript(longScript(3_000), 500);
    assert.ok(chunks.length >= 3);
    chunks.forEach((chunk, i) => {
      assert.equal(chunk.index, i);
      if (i === 0) assert.equal(chunk.previousText, undefined);
      else assert.equal(chunk.previousText, chunks[i - 1]!.text.slice(-300));
      if (i === chunks.length - 1) assert.equal(chunk.nextText, undefined);
      else assert.equal(chunk.nextText, chunks[i + 1]!.text.slice(0, 300));
    });
  });

  it("limits the neighbouring context to 300 characters", () => {
    const chunks = splitScript(longScript(6_000), 1_000);
    for (const chunk of chunks) {
      assert.ok((chunk.previousText ?? "").length <= 300);
      assert.ok((chunk.nextText ?? "").length <= 300);
    }
  });

  it("splits a 60,000-character script into in-limit chunks in index order, quickly", () => {
    const script = longScript(60_000);
    assert.ok(script.length >= 60_000);
    const started = performance.now();
    const chunks = splitScript(script, 2_500);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 500, `took ${elapsed} ms`);
    assert.ok(chunks.length >= 24 && chunks.length <= 30, `${chunks.length} chunks`);
    assert.deepEqual(
      chunks.map((c) => c.index),
      chunks.map((_, i) => i),
    );
    for (const chunk of chunks) assert.ok(chunk.text.length <= 2_500);
    assert.equal(squash(rejoined(chunks)), squash(script));
  });

  it("keeps non-Latin sentence punctuation as a boundary", () => {
    const chunks = splitScript("今日は晴れです。明日は雨です。", 8);
    assert.deepEqual(
      chunks.map((c) => c.text),
      ["今日は晴れです。", "明日は雨です。"],
    );
  });

  // Pending: text loss in src/domain/script-chunks.ts (see report). Un-skip once fixed.
  it("keeps punctuation that starts a line or the script, such as an ellipsis", () => {
    const script = "Line one.\n...and then more. !!! Wow.";
    assert.equal(squash(rejoined(splitScript(script, 1_000))), squash(script));
  });

  it("splits a single word longer than the limit instead of truncating it", () => {
    const script = `See ${"x".repeat(30)} now.`;
    const chunks = splitScript(script, 10);
    assert.equal(squash(rejoined(chunks)), squash(script));
  });
});
