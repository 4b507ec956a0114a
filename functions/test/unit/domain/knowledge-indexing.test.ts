import assert from "node:assert/strict";
import { indexOutcome, INDEX_FOLLOW_DELAYS_MS } from "../../../src/domain/knowledge-indexing";

describe("domain/knowledge-indexing", () => {
  const cases: [string, string][] = [
    ["succeeded", "ready"],
    ["SUCCEEDED", "ready"],
    ["document_too_small", "ready"],
    ["new", "indexing"],
    ["created", "indexing"],
    ["processing", "indexing"],
    ["rag_limit_exceeded", "failed"],
    ["failed", "failed"],
    ["cannot_index_folder", "failed"],
    ["something_new", "failed"],
  ];
  for (const [status, state] of cases) {
    it(`reads "${status}" as ${state}`, () => {
      assert.equal(indexOutcome(status).state, state);
    });
  }

  it("tells the doctor what to do when the plan's RAG storage is full", () => {
    const outcome = indexOutcome("rag_limit_exceeded");
    assert.equal(outcome.state, "failed");
    if (outcome.state !== "failed") return;
    assert.equal(outcome.code, "rag_limit_exceeded");
    assert.match(outcome.message, /no room left to index this document/);
    assert.match(outcome.message, /Delete documents that are no longer used, or upgrade the ElevenLabs plan/);
  });

  it("names an unknown status in its code and message", () => {
    const outcome = indexOutcome("cannot_index_folder");
    assert.deepEqual(outcome, { state: "failed", code: "index_cannot_index_folder", message: "ElevenLabs cannot index this document (cannot_index_folder)." });
  });

  it("follows an index for under 4 minutes inside one trigger run (timeout 300 s)", () => {
    const total = INDEX_FOLLOW_DELAYS_MS.reduce((a, b) => a + b, 0);
    assert.ok(total < 240_000, `${total} ms`);
    assert.equal(INDEX_FOLLOW_DELAYS_MS[0], 1_000);
  });
});
