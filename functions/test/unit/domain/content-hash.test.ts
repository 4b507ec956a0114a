import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { contentHash, shortId } from "../../../src/domain/content-hash";

describe("domain/content-hash", () => {
  describe("contentHash", () => {
    const sameText: [string, string, string][] = [
      ["CRLF line endings", "a\r\nb\r\n", "a\nb"],
      ["bare CR line endings", "a\rb", "a\nb"],
      ["trailing spaces and tabs on lines", "a  \t\nb \n", "a\nb"],
      ["leading and trailing blank lines", "\n\n  a\nb\n\n", "a\nb"],
    ];
    for (const [name, a, b] of sameText) {
      it(`ignores ${name}`, () => {
        assert.equal(contentHash(a), contentHash(b));
      });
    }

    const differentText: [string, string, string][] = [
      ["a changed word", "take one tablet", "take two tablets"],
      ["indentation inside the text", "a\n  b", "a\nb"],
      ["a blank line inside the text", "a\n\nb", "a\nb"],
      ["letter case", "Aspirin", "aspirin"],
    ];
    for (const [name, a, b] of differentText) {
      it(`changes with ${name}`, () => {
        assert.notEqual(contentHash(a), contentHash(b));
      });
    }

    it("is the hex SHA-256 of the normalised UTF-8 text", () => {
      assert.equal(contentHash(" café \r\n"), createHash("sha256").update("café", "utf8").digest("hex"));
    });
  });

  describe("shortId", () => {
    it("is the prefix, an underscore and 20 hex characters", () => {
      assert.match(shortId("kn", "doctor_1", "abc"), /^kn_[0-9a-f]{20}$/);
    });

    it("is deterministic for the same parts", () => {
      assert.equal(shortId("kn", "d", "h"), shortId("kn", "d", "h"));
    });

    const distinct: [string, string[], string[]][] = [
      ["different parts", ["d1", "h"], ["d2", "h"]],
      ["parts that concatenate to the same string", ["ab", "c"], ["a", "bc"]],
      ["a different number of parts", ["a"], ["a", ""]],
    ];
    for (const [name, a, b] of distinct) {
      it(`differs for ${name}`, () => {
        assert.notEqual(shortId("x", ...a), shortId("x", ...b));
      });
    }

    it("is a valid DocumentId", () => {
      assert.match(shortId("kn", "../etc", "a/b"), /^[A-Za-z0-9_-]+$/);
    });
  });
});
