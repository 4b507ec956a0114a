import assert from "node:assert/strict";
import { nameSearchKey, nameSearchKeys, normalizeName } from "../../../src/domain/name-search";

describe("patient name search keys", function () {
  const finds = (name: string, query: string) => nameSearchKeys(name).includes(nameSearchKey(query)!);

  it("finds a name by the start of any word, or of the whole name", function () {
    assert.ok(finds("Sam Lee", "sa"));
    assert.ok(finds("Sam Lee", "lee"));
    assert.ok(finds("Sam Lee", "sam l"));
    assert.ok(!finds("Sam Lee", "am"), "not the middle of a word");
    assert.ok(!finds("Sam Lee", "lee sam"), "not another word order");
  });

  it("ignores case, accents, punctuation and extra spaces", function () {
    assert.equal(normalizeName("  Ámbar   NÚÑEZ. "), "ambar nunez");
    assert.ok(finds("Ámbar Núñez", "AMB"));
    assert.ok(finds("Ámbar Núñez", "nun"));
  });

  it("treats the parts of hyphenated and apostrophe names as words", function () {
    assert.ok(finds("Amelia Ortiz-Smith", "smith"));
    assert.ok(finds("Conor O'Brien", "brien"));
    assert.ok(finds("Conor O'Brien", "o'b"));
  });

  it("has nothing to search for in an empty query, and caps long prefixes", function () {
    assert.equal(nameSearchKey("   "), undefined);
    assert.equal(nameSearchKey("?!"), undefined);
    assert.ok(nameSearchKeys("A".repeat(100)).every((k) => k.length <= 24));
  });
});
