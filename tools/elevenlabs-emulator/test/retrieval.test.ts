// Keyword retrieval (no LLM): passages, stopwords, stemming, English + Spanish, deflection threshold.

import assert from "node:assert/strict";
import { retrieve, splitPassages, stem, terms } from "../src/conversation/retrieval.ts";

const DOC = [
  "Keep the bandage clean and dry for 48 hours.",
  "Take your antibiotics twice a day until the box is finished.",
  "Puede ducharse dos días después de la operación.",
  `${"Long paragraph sentence about walking exercises. ".repeat(12)}Use crutches for the first week.`,
].join("\n\n");

describe("retrieval", () => {
  const passages = splitPassages("doc1", DOC);

  it("splits paragraphs, and long paragraphs into sentence groups of at most ~400 characters", () => {
    assert.equal(passages[0].text, "Keep the bandage clean and dry for 48 hours.");
    assert.ok(passages.length > 4);
    assert.ok(passages.every((p) => p.text.length <= 400));
    assert.deepEqual(passages.map((p) => p.chunkId).slice(0, 2), ["doc1_0", "doc1_1"]);
  });

  it("removes stopwords and stems English and Spanish words", () => {
    assert.deepEqual(terms("What should I do with the bandages?"), ["bandag"]);
    assert.equal(stem("bandages"), stem("bandage"));
    assert.equal(stem("medicamentos"), stem("medicamento"));
    assert.equal(stem("ducharme"), stem("ducharse"));
    assert.deepEqual(terms("¿Cuándo puedo ducharme?"), ["duchar"]);
  });

  it("finds the best passage, or reports nothing good enough", () => {
    const r = retrieve(passages, "How long must the bandage stay dry?", 0.3);
    assert.ok(r.answered);
    assert.equal(r.best?.passage.chunkId, "doc1_0");
    assert.ok(r.candidates.length >= 1);
    assert.equal(retrieve(passages, "¿Cuándo puedo ducharme?", 0.3).best?.passage.index, 2);
    assert.match(retrieve(passages, "Do I need crutches?", 0.3).best?.passage.text ?? "", /crutches/);
    const none = retrieve(passages, "What is the capital of France?", 0.3);
    assert.equal(none.answered, false);
    assert.equal(retrieve(passages, "the and of", 0.3).answered, false);
  });
});
