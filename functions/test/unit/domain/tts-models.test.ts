import assert from "node:assert/strict";
import { chunkSizeFor, PREFERRED_CHUNK_CHARS, supportsRequestStitching } from "../../../src/domain/tts-models";

describe("domain/tts-models chunkSizeFor", () => {
  const cases: [string, number][] = [
    ["eleven_flash_v2_5", PREFERRED_CHUNK_CHARS],
    ["eleven_turbo_v2_5", PREFERRED_CHUNK_CHARS],
    ["eleven_flash_v2", PREFERRED_CHUNK_CHARS],
    ["eleven_turbo_v2", PREFERRED_CHUNK_CHARS],
    ["eleven_multilingual_v2", PREFERRED_CHUNK_CHARS],
    ["eleven_v3", PREFERRED_CHUNK_CHARS],
    ["an_unknown_model", PREFERRED_CHUNK_CHARS],
    ["", PREFERRED_CHUNK_CHARS],
  ];
  for (const [model, expected] of cases) {
    it(`uses ${expected} characters per request for "${model || "(empty)"}"`, () => {
      assert.equal(chunkSizeFor(model), expected);
    });
  }

  it("prefers 2,500-character requests, under the strictest model limit of 3,000", () => {
    assert.equal(PREFERRED_CHUNK_CHARS, 2_500);
    assert.ok(PREFERRED_CHUNK_CHARS <= 3_000);
  });

  // Pending: CHARACTER_LIMITS is a plain object, so "constructor" resolves to Object and the size is NaN (see report).
  it("does not treat inherited object keys as model names", () => {
    assert.equal(chunkSizeFor("constructor"), PREFERRED_CHUNK_CHARS);
    assert.equal(chunkSizeFor("__proto__"), PREFERRED_CHUNK_CHARS);
  });
});

describe("domain/tts-models supportsRequestStitching", () => {
  it("refuses stitching on eleven_v3, which ElevenLabs offers none on", () => {
    assert.equal(supportsRequestStitching("eleven_v3"), false);
  });
  for (const model of ["eleven_multilingual_v2", "eleven_flash_v2_5", "eleven_turbo_v2_5", "eleven_flash_v2", "eleven_turbo_v2"]) {
    it(`keeps stitching on ${model}`, () => assert.equal(supportsRequestStitching(model), true));
  }
});
